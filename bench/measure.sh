#!/usr/bin/env bash
# Reproduces the figures of bench/README.md: builds the benchmark in Release, then times whole processes with
# hyperfine (median of 5 after a warm-up), output on tmpfs. Needs hyperfine, /usr/bin/time, and for the cdk8s
# rows node with `npm install` done in bench/cdk8s. Usage: bench/measure.sh [N1 N2]   (default 1000 5000)
set -euo pipefail
cd "$(dirname "$0")/.."
small=${1:-1000}
large=${2:-5000}
out=/dev/shm/manifests-bench
bench="dotnet bench/bin/Release/net10.0/Manifests.Bench.dll"
results=$(mktemp -d)

dotnet build -c Release bench -nologo -v:q >/dev/null
dotnet build topology/Bookinfo.Topology.csproj -nologo -v:q >/dev/null

median() { python3 -c "import json,sys; r=json.load(open(sys.argv[1]))['results']; print(' '.join(f\"{x['median']:.3f}\" for x in r))" "$1"; }
peak_mb() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -n 1 | awk '{printf "%d", $1/1024}'; }

for n in "$small" "$large"; do
  hyperfine -N -w 1 -r 5 -p "rm -rf $out-$n /dev/shm/.manifests-bench-$n.render" --export-json "$results/fresh-$n.json" "$bench --services $n --out $out-$n" >/dev/null
  rm -rf "$out-$n"
  echo "manifests fresh N=$n: $(median "$results/fresh-$n.json") s, peak $(peak_mb $bench --services "$n" --out "$out-$n") MB"
  hyperfine -N -w 1 -r 5 --export-json "$results/again-$n.json" "$bench --services $n --out $out-$n" >/dev/null
  again=$($bench --services "$n" --out "$out-$n")
  written=$(grep -q 'nothing rendered or written' <<<"$again" && echo 0 || sed -n 's/^written \([0-9]*\),.*/\1/p' <<<"$again")
  echo "manifests no-change re-render N=$n: $(median "$results/again-$n.json") s, peak $(peak_mb $bench --services "$n" --out "$out-$n") MB (written: $written files)"
  if [ -d bench/cdk8s/node_modules ]; then
    hyperfine -N -w 1 -r 5 --export-json "$results/cdk8s-$n.json" "node bench/cdk8s/render.js --services $n --out $out-cdk8s-$n" >/dev/null
    echo "cdk8s N=$n: $(median "$results/cdk8s-$n.json") s, peak $(peak_mb node bench/cdk8s/render.js --services "$n" --out "$out-cdk8s-$n") MB"
  fi
done

hyperfine -N -w 1 -r 5 --export-json "$results/build.json" \
  "dotnet build topology/Bookinfo.Topology.csproj --no-restore -nologo -v:q" \
  "dotnet build topology/Bookinfo.Topology.csproj --no-restore -nologo -v:q -p:ManifestsRenderOnBuild=false" >/dev/null
read -r on off <<<"$(median "$results/build.json")"
echo "no-op Bookinfo build: render on $on s, off $off s, ratio $(python3 -c "print(f'{$on / $off:.2f}')")"
rm -rf "$results" "$out"-* /dev/shm/.manifests-bench-*
