namespace NewsClaims.Storage.Articles;

/// <summary>What storing a fetched page did.</summary>
public enum SaveOutcome
{
    /// <summary>The page was kept and the article moved on to the next stage.</summary>
    Stored,

    /// <summary>The page's rel=canonical names an article we already have; this row now points at it.</summary>
    Duplicate,

    /// <summary>Ingest of something already stored: nothing changed.</summary>
    AlreadyStored,
}
