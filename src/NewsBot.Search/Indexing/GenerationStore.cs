using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using NewsBot.Core.Indexing;
using NewsBot.Search.Vectors;

namespace NewsBot.Search.Indexing;

/// <summary>
/// The generations on disk and nothing else: the pointer file naming the live one, their folders, the complete and
/// damaged markers, the list of previous generations kept for a rollback, and opening a generation's directory. It
/// holds no open generation and takes no turns; <see cref="SearcherLeases"/> and <see cref="WriteGate"/> do.
/// </summary>
public sealed class GenerationStore
{
    private readonly GenerationFolders _folders;
    private readonly int _keepGenerations;
    private readonly Func<string, Lucene.Net.Store.Directory> _openDirectory;

    // Generations are written with NewsCodec; Lucene must know it before it can read one.
    static GenerationStore() => NewsCodec.Register();

    /// <summary>
    /// Generations at <see cref="SearchOptions.Path"/>, scored with BM25 as <paramref name="settings"/> set; each read
    /// through <paramref name="openDirectory"/> (given a generation's folder; an <see cref="FSDirectory"/> on it by default).
    /// </summary>
    internal GenerationStore(SearchOptions settings, Func<string, Lucene.Net.Store.Directory>? openDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _folders = new GenerationFolders(settings.Path);
        Similarity = new BM25Similarity((float)settings.Bm25K1, (float)settings.Bm25B);
        _keepGenerations = settings.KeepGenerations;
        _openDirectory = openDirectory ?? (path => FSDirectory.Open(path));
    }

    /// <summary>The folder holding the generations, as configured.</summary>
    public string Root => _folders.Root;

    /// <summary>How every generation is scored and written.</summary>
    internal Similarity Similarity { get; }

    internal string? ReadPointer() => _folders.ReadPointer();

    internal bool Exists(string generation) => _folders.Exists(generation);

    internal string PathOf(string generation) => _folders.PathOf(generation);

    internal string NewGenerationName(DateTimeOffset now) => _folders.NewGenerationName(now);

    internal void TryDeleteGeneration(string generation) => _folders.TryDeleteGeneration(generation);

    /// <summary>The Lucene directory of <paramref name="generation"/>; the caller disposes it.</summary>
    internal Lucene.Net.Store.Directory OpenDirectory(string generation) => _openDirectory(_folders.PathOf(generation));

    /// <summary>Opens <paramref name="generation"/> for reading and writing; throws when it cannot be read.</summary>
    internal LiveGeneration Open(string generation) =>
        LiveGeneration.Open(generation, _folders.PathOf(generation), OpenDirectory(generation), Similarity);

    /// <summary>Throws when <paramref name="generation"/> cannot be read whole.</summary>
    internal void ReadWhole(string generation)
    {
        using var directory = OpenDirectory(generation);
        using var reader = DirectoryReader.Open(directory);
    }

    /// <summary>Whether the generation the pointer names has a sentence vector file, looked at without opening it.</summary>
    internal bool PointerHasVectors()
    {
        var generation = _folders.ReadPointer();
        return !string.IsNullOrEmpty(generation) && File.Exists(Path.Combine(_folders.PathOf(generation), SentenceVectors.FileName));
    }

    /// <summary>
    /// The generations to try, in order: the one the pointer names, then (for when the pointer names none, names one that
    /// is gone, or that one cannot be read) the complete, undamaged generations on disk, the newest first. Also the
    /// pointer as read (null when there is no pointer file, empty when it names no generation) and what is wrong with it.
    /// </summary>
    internal (List<string> Candidates, string? Pointer, string? Problem) Candidates()
    {
        var pointer = _folders.ReadPointer();
        var candidates = new List<string>();
        string? problem = null;
        if (pointer is { Length: > 0 } && _folders.Exists(pointer) && !_folders.IsDamaged(pointer))
        {
            candidates.Add(pointer);
        }
        else if (pointer is { Length: > 0 } && _folders.Exists(pointer))
        {
            problem = $"generation {pointer} is marked damaged: reading it failed";
        }
        else if (pointer is not null)
        {
            problem = pointer.Length == 0
                ? "the pointer file CURRENT names no generation"
                : $"the pointer file CURRENT names generation '{pointer}', which does not exist";
        }
        else
        {
            problem = "there is no pointer file CURRENT";
        }

        candidates.AddRange(_folders.UsableGenerations().Where(name => name != pointer));
        return (candidates, pointer, problem);
    }

    /// <summary>Marks <paramref name="generation"/> damaged, so no fallback chooses it again.</summary>
    internal void TryMarkDamaged(string generation) => TryMark(() => _folders.MarkDamaged(generation));

    /// <summary>Marks the generation the pointer named complete: generations live before markers existed are complete too.</summary>
    internal void TryMarkCompleteIfUnmarked(string generation)
    {
        if (!_folders.IsMarkedComplete(generation))
        {
            TryMark(() => _folders.MarkComplete(generation));
        }
    }

    // A marker that cannot be written (a read-only index folder) changes nothing but the next fallback's choice.
    private static void TryMark(Action mark)
    {
        try
        {
            mark();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Reading goes on; see above.
        }
    }

    // The pointer is made to name the generation that took over, so the next command opens it without falling back;
    // never while another process writes (it moves the pointer itself).
    internal void RepointUnlessAnotherProcessWrites(string generation)
    {
        try
        {
            using var folderLock = IndexFolderLock.TryAcquire(_folders.Root);
            if (folderLock is not null)
            {
                _folders.WritePointer(generation);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A read-only index folder: every command falls back the same way and says so.
        }
    }

    // Nothing else is open in this process: leftovers of killed builds and generations too old to keep can go, unless
    // another process is writing (its new generation is not a leftover); the next swap tidies up then.
    internal void TidyUnlessAnotherProcessWrites(string live)
    {
        try
        {
            using var folderLock = IndexFolderLock.TryAcquire(_folders.Root);
            if (folderLock is not null)
            {
                _folders.DeleteAllExcept([live, .. Kept(live, [])]);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A read-only index folder can still be read; there is just nothing this process may tidy.
        }
    }

    /// <summary>
    /// Records <paramref name="next"/> as live: the generations in <paramref name="replaced"/> join the kept previous
    /// ones (first, newest first, as many as <see cref="SearchOptions.KeepGenerations"/>); returns what is kept.
    /// </summary>
    internal List<string> RecordSwap(string next, IEnumerable<string> replaced)
    {
        var kept = Kept(next, replaced);

        // The list is written before the pointer moves, so a crash in between leaves the replaced generation kept; the
        // new generation is marked complete before the pointer names it, so a pointer lost later can fall back to it.
        _folders.WritePrevious(kept);
        _folders.MarkComplete(next);
        _folders.WritePointer(next);
        return kept;
    }

    /// <summary>Deletes every generation but <paramref name="live"/> and <paramref name="kept"/>, and leftovers of killed builds.</summary>
    internal void DeleteAllExcept(string live, IEnumerable<string> kept) => _folders.DeleteAllExcept([live, .. kept]);

    /// <summary>The most recent kept generation before <paramref name="current"/>, or null when none is kept.</summary>
    internal string? RollbackTarget(string? current) => Kept(current ?? string.Empty, []).FirstOrDefault();

    /// <summary>Records the kept <paramref name="target"/> as live again in place of <paramref name="current"/>.</summary>
    internal void RecordRollback(string target, string? current)
    {
        var replaced = string.IsNullOrEmpty(current) ? [] : new[] { current };
        var kept = Kept(target, replaced);

        // Until the pointer has moved, the target stays listed too, so a crash in between loses no generation.
        _folders.WritePrevious([.. kept, target]);
        _folders.MarkComplete(target);
        _folders.WritePointer(target);
        _folders.WritePrevious(kept);
    }

    /// <summary>The kept previous generations that can be read, with their article counts, newest first.</summary>
    internal IEnumerable<IndexGeneration> Previous()
    {
        var live = _folders.ReadPointer();
        foreach (var name in _folders.ReadPrevious().Where(name => name != live).Take(_keepGenerations))
        {
            if (ArticlesIn(name) is { } articles)
            {
                yield return new IndexGeneration(name, articles, IsLive: false);
            }
        }
    }

    // The previous generations to keep once `live` is live: `first`, then those kept already, existing ones only.
    private List<string> Kept(string live, IEnumerable<string> first) => first
        .Concat(_folders.ReadPrevious())
        .Where(name => name != live && System.IO.Directory.Exists(_folders.PathOf(name)))
        .Distinct(StringComparer.Ordinal)
        .Take(_keepGenerations)
        .ToList();

    // Articles in a kept generation, or null when its folder cannot be read (it is then not offered for a rollback).
    private int? ArticlesIn(string name)
    {
        try
        {
            using var directory = OpenDirectory(name);
            using var reader = DirectoryReader.Open(directory);
            return CountArticles(new IndexSearcher(reader));
        }
        catch (Exception exception) when (IndexCorruption.IsUnreadable(exception))
        {
            return null;
        }
    }

    /// <summary>How many articles (not passages) <paramref name="searcher"/> sees.</summary>
    internal static int CountArticles(IndexSearcher searcher)
    {
        var count = new TotalHitCountCollector();
        searcher.Search(new TermQuery(new Term(IndexFields.Type, IndexFields.ArticleType)), count);
        return count.TotalHits;
    }
}
