namespace NewsBot.Search.Vectors;

/// <summary>
/// The quantized vectors of one model, held in fixed-size chunks so that growing never copies what is there (a copy
/// of hundreds of megabytes would double the peak memory for a moment). Rows are only ever appended; readers see the
/// rows up to the count they read, while one writer at a time appends behind it.
/// </summary>
internal sealed class VectorRows(string model, int dimensions)
{
    private const int ChunkShift = 12;
    private const int ChunkRows = 1 << ChunkShift;

    private readonly Dictionary<ulong, int> _rowOfKey = [];
    private readonly System.Threading.Lock _keysLock = new();
    private Chunk[] _chunks = [];
    private int _count;

    public string Model { get; } = model;

    public int Dimensions { get; } = dimensions;

    /// <summary>Rows that readers may read.</summary>
    public int Count => Volatile.Read(ref _count);

    public bool TryGetRow(ulong key, out int row)
    {
        lock (_keysLock)
        {
            return _rowOfKey.TryGetValue(key, out row) && row < Count;
        }
    }

    public bool Contains(ulong key) => TryGetRow(key, out _);

    /// <summary>Whether these are vectors of <paramref name="embedder"/>'s model: those of another are never compared with its.</summary>
    public bool IsOf(ISentenceEmbedder embedder) => Model == embedder.ModelName && Dimensions == embedder.Dimensions;

    public ulong KeyOf(int row) => ChunkOf(row).Keys[row & (ChunkRows - 1)];

    public float ScaleOf(int row) => ChunkOf(row).Scales[row & (ChunkRows - 1)];

    public ReadOnlySpan<sbyte> ValuesOf(int row) => ChunkOf(row).Values.AsSpan((row & (ChunkRows - 1)) * Dimensions, Dimensions);

    /// <summary>Adds a row, unless its key is there already; called by one writer at a time.</summary>
    public bool Add(ulong key, float scale, ReadOnlySpan<sbyte> values)
    {
        lock (_keysLock)
        {
            if (!_rowOfKey.TryAdd(key, _count))
            {
                return false;
            }
        }

        var row = _count;
        if ((row >> ChunkShift) >= _chunks.Length)
        {
            var grown = new Chunk[_chunks.Length + 1];
            _chunks.CopyTo(grown, 0);
            grown[^1] = new Chunk(new ulong[ChunkRows], new float[ChunkRows], new sbyte[ChunkRows * Dimensions]);
            Volatile.Write(ref _chunks, grown);
        }

        var chunk = ChunkOf(row);
        var offset = row & (ChunkRows - 1);
        chunk.Keys[offset] = key;
        chunk.Scales[offset] = scale;
        values.CopyTo(chunk.Values.AsSpan(offset * Dimensions, Dimensions));

        // Published last, so a reader never sees a row whose values are still being written.
        Volatile.Write(ref _count, row + 1);
        return true;
    }

    private Chunk ChunkOf(int row) => Volatile.Read(ref _chunks)[row >> ChunkShift];

    private sealed record Chunk(ulong[] Keys, float[] Scales, sbyte[] Values);
}
