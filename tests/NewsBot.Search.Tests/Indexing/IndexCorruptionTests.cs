using Lucene.Net.Index;
using NewsBot.Search.Indexing;

namespace NewsBot.Search.Tests.Indexing;

public sealed class IndexCorruptionTests
{
    public static TheoryData<Exception> Damage => new()
    {
        new CorruptIndexException("checksum failed (resource: segments_1)"),
        new IndexFormatTooOldException("_0.si", "3.x"),
        new IndexNotFoundException("no segments* file found"),
        new EndOfStreamException("read past EOF"),
        new IOException("read failed"),
        new FileNotFoundException("_0.cfs"),
    };

    public static TheoryData<Exception> Bugs => new()
    {
        new InvalidOperationException("collection was modified"),
        new ArgumentException("bad field name"),
        new IndexOutOfRangeException(),
        new NullReferenceException(),
    };

    [Theory]
    [MemberData(nameof(Damage))]
    public void What_Lucene_throws_for_a_damaged_or_missing_index_counts_as_unreadable(Exception exception) =>
        Assert.True(IndexCorruption.IsUnreadable(exception));

    [Theory]
    [MemberData(nameof(Bugs))]
    public void A_programming_error_is_not_taken_for_corruption_so_it_never_triggers_a_rebuild(Exception exception) =>
        Assert.False(IndexCorruption.IsUnreadable(exception));
}
