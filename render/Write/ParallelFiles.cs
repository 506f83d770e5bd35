using System.Runtime.ExceptionServices;

namespace Manifests.Render.Write;

/// <summary>Work on many files, each independent of the others, spread over every core.</summary>
internal static class ParallelFiles
{
    /// <summary>
    /// Runs <paramref name="body"/> for 0 to <paramref name="count"/> − 1. A failure stops the loop from starting more and
    /// is rethrown as itself, as a loop on one thread would have thrown it (the first, when several files failed at once),
    /// so callers keep catching <see cref="IOException"/> rather than an <see cref="AggregateException"/>.
    /// </summary>
    public static void For(int count, Action<int> body)
    {
        try
        {
            Parallel.For(0, count, body);
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }
    }
}
