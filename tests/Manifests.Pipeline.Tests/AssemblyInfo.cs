using Xunit;

// The build and package tests run dotnet on the same projects; two at once would race on obj/ and bin/.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
