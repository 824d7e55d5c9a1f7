namespace NewsClaims.App.Pipeline;

/// <summary>How a stage after fetching walks its work: batch after batch from the store, each batch's articles in parallel.</summary>
internal static class StageBatches
{
    /// <param name="next">The next batch after the given article id (a queue query may ignore the id: done work leaves it).</param>
    /// <param name="id">An item's article id, to page past the batch.</param>
    /// <param name="each">The work for one article; it stores its own result in its own transaction.</param>
    public static void Run<T>(Func<long, IReadOnlyList<T>> next, Func<T, long> id, Action<T> each, CancellationToken ct)
    {
        long after = 0;
        while (!ct.IsCancellationRequested)
        {
            var batch = next(after);
            if (batch.Count == 0)
                break;
            // The stages are CPU work; SQLite serialises the writes, each in its own short transaction.
            Parallel.ForEach(batch, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = ct }, each);
            after = id(batch[^1]);
        }
    }
}
