// The benchmark's workload in cdk8s: N services, each a Service and a ServiceAccount in both clusters,
// Deployments v1 and v2 in c1 and v3 in c2, and a DestinationRule and a VirtualService in the mesh;
// 9 objects per service, one file per object (FOLDER_PER_CHART_FILE_PER_RESOURCE).
// Usage: node render.js --services N --out DIR   (prints objects, files, bytes and time since process start)
'use strict';
const { performance } = require('node:perf_hooks');
const fs = require('node:fs');
const path = require('node:path');
const { App, Chart, ApiObject, YamlOutputType } = require('cdk8s');

const args = process.argv.slice(2);
const arg = (name, fallback) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : fallback; };
const services = Number(arg('--services', '1000'));
const out = arg('--out', '/dev/shm/manifests-bench-cdk8s');

fs.rmSync(out, { recursive: true, force: true });
const app = new App({ outdir: out, yamlOutputType: YamlOutputType.FOLDER_PER_CHART_FILE_PER_RESOURCE });
const c1 = new Chart(app, 'c1', { disableResourceNameHashes: true });
const c2 = new Chart(app, 'c2', { disableResourceNameHashes: true });
const mesh = new Chart(app, 'mesh', { disableResourceNameHashes: true });

const deployment = (chart, name, version) => new ApiObject(chart, `deployment-${name}-${version}`, {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: `${name}-${version}`, namespace: 'default', labels: { app: name, version } },
  spec: {
    replicas: 1,
    selector: { matchLabels: { app: name, version } },
    template: {
      metadata: { labels: { app: name, version } },
      spec: {
        containers: [{ image: `registry.example.com/${name}:${version}-1.0.0`, imagePullPolicy: 'IfNotPresent', name, ports: [{ containerPort: 8080 }] }],
        serviceAccountName: name,
      },
    },
  },
});

for (let i = 0; i < services; i++) {
  const name = `svc-${String(i).padStart(5, '0')}`;
  for (const chart of [c1, c2]) {
    new ApiObject(chart, `service-${name}`, {
      apiVersion: 'v1', kind: 'Service',
      metadata: { name, namespace: 'default', labels: { app: name, service: name } },
      spec: { ports: [{ name: 'http', port: 8080 }], selector: { app: name } },
    });
    new ApiObject(chart, `serviceaccount-${name}`, {
      apiVersion: 'v1', kind: 'ServiceAccount',
      metadata: { name, namespace: 'default', labels: { account: name } },
    });
  }
  deployment(c1, name, 'v1');
  deployment(c1, name, 'v2');
  deployment(c2, name, 'v3');
  new ApiObject(mesh, `destinationrule-${name}`, {
    apiVersion: 'networking.istio.io/v1', kind: 'DestinationRule',
    metadata: { name, namespace: 'default' },
    spec: { host: name, subsets: ['v1', 'v2', 'v3'].map(v => ({ labels: { version: v }, name: v })) },
  });
  new ApiObject(mesh, `virtualservice-${name}`, {
    apiVersion: 'networking.istio.io/v1', kind: 'VirtualService',
    metadata: { name, namespace: 'default' },
    spec: {
      hosts: [name],
      http: [{ route: [['v1', 80], ['v2', 10], ['v3', 10]].map(([subset, weight]) => ({ destination: { host: name, subset }, weight })) }],
    },
  });
}

app.synth();

let files = 0;
let bytes = 0;
const walk = dir => {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full); else { files++; bytes += fs.statSync(full).size; }
  }
};
const elapsed = performance.now();
walk(out);
console.log(`services ${services}, objects ${services * 9}, files ${files}, bytes ${bytes}`);
console.log(`since process start ${elapsed.toFixed(0)} ms, peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
