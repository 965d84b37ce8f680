using System.Text;

namespace NewsBot.Search.Vectors;

/// <summary>
/// The sentence vectors of one index generation, in a file inside its folder (so a swap, a rollback and the deletion
/// of an old generation take them along) and in memory for questions. The file is append-only: a batch is written
/// and flushed before it is counted, and a record cut short by a killed process is dropped when the file is next
/// opened, so an interrupted run loses at most its last batch and the next run embeds only what is missing.
/// </summary>
internal sealed class SentenceVectors
{
    /// <summary>The file's name inside a generation folder; Lucene leaves files not named like its own alone.</summary>
    public const string FileName = "sentence-vectors.bin";

    private static readonly byte[] Magic = "NBSV0001"u8.ToArray();

    private readonly string _path;
    private readonly System.Threading.Lock _writeLock = new();
    private VectorRows? _rows;
    private long _readUpTo;
    private bool _read;

    private SentenceVectors(string path) => _path = path;

    /// <summary>
    /// The vectors read so far, or null when the generation has none yet. The file is read when they are first asked
    /// for, not when the generation is opened: a process answering on words alone never reads them (46,081 Wikinews
    /// sentences: a tenth of such an <c>ask</c> process's running time, issue 21).
    /// </summary>
    public VectorRows? Rows
    {
        get
        {
            if (!Volatile.Read(ref _read))
            {
                CatchUp();
            }

            return Volatile.Read(ref _rows);
        }
    }

    /// <summary>The vectors in <paramref name="generationFolder"/>, read when first asked for; an unreadable or foreign file counts as none.</summary>
    public static SentenceVectors Open(string generationFolder) => new(Path.Combine(generationFolder, FileName));

    /// <summary>Reads records another process (or an earlier run) appended since this one last looked.</summary>
    public void CatchUp()
    {
        lock (_writeLock)
        {
            CatchUpLocked();
        }
    }

    // Marked read only once done, so a reader that sees the mark also sees what was read; a read that failed is tried
    // again by the next reader, and its error seen there, as one at opening was.
    private void CatchUpLocked()
    {
        ReadNewRecords();
        Volatile.Write(ref _read, true);
    }

    private void ReadNewRecords()
    {
        if (!File.Exists(_path))
        {
            return;
        }

        using var stream = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        if (_rows is null)
        {
            if (ReadHeader(stream) is not { } header)
            {
                return;
            }

            _readUpTo = stream.Position;
            Volatile.Write(ref _rows, new VectorRows(header.Model, header.Dimensions));
        }

        stream.Position = _readUpTo;
        var rows = _rows!;
        var record = new byte[RecordLength(rows.Dimensions)];
        while (stream.Read(record) is var read && read == record.Length)
        {
            // A scale that is not a finite positive number (NaN from damage or a bad model output) would make every
            // similarity NaN and every question "not found": the record is left out, so its sentence counts as not
            // embedded yet and the next vector pass embeds it again.
            var scale = BitConverter.ToSingle(record, 8);
            if (IsUsableScale(scale))
            {
                rows.Add(BitConverter.ToUInt64(record, 0), scale, System.Runtime.InteropServices.MemoryMarshal.Cast<byte, sbyte>(record.AsSpan(12)));
            }

            _readUpTo += record.Length;
        }
    }

    private static bool IsUsableScale(float scale) => float.IsFinite(scale) && scale >= 0;

    /// <summary>
    /// Appends <paramref name="vectors"/> made by <paramref name="model"/> to the file and then to memory. Vectors of
    /// another model than the file's replace the file: the two kinds are never compared with each other.
    /// </summary>
    public void Append(string model, int dimensions, IReadOnlyList<(ulong Key, float[] Vector)> vectors)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        lock (_writeLock)
        {
            // What the file holds first: appending to a file never read would start it afresh and lose its vectors.
            if (!_read)
            {
                CatchUpLocked();
            }

            var rows = _rows;
            var fresh = rows is null || rows.Model != model || rows.Dimensions != dimensions;
            if (fresh)
            {
                rows = new VectorRows(model, dimensions);
            }

            var quantized = new sbyte[dimensions];
            var buffer = new MemoryStream();
            var added = new List<(ulong Key, float Scale, sbyte[] Values)>(vectors.Count);
            foreach (var (key, vector) in vectors)
            {
                if (vector.Length != dimensions || rows!.Contains(key))
                {
                    continue;
                }

                var scale = QuantizedVector.Quantize(vector, quantized);
                if (!IsUsableScale(scale))
                {
                    // A vector the model made of NaN or infinities is no vector: never written, so never trusted.
                    continue;
                }

                WriteRecord(buffer, key, scale, quantized);
                added.Add((key, scale, [.. quantized]));
            }

            using (var stream = new FileStream(_path, fresh ? FileMode.Create : FileMode.Open, FileAccess.Write, FileShare.Read | FileShare.Delete))
            {
                if (fresh)
                {
                    WriteHeader(stream, model, dimensions);
                    _readUpTo = stream.Position;
                }
                else
                {
                    // Anything past the last whole record is a write cut short; it is overwritten.
                    stream.Position = _readUpTo;
                }

                buffer.Position = 0;
                buffer.CopyTo(stream);
                stream.SetLength(stream.Position);
                stream.Flush(flushToDisk: true);
                _readUpTo = stream.Position;
            }

            foreach (var (key, scale, values) in added)
            {
                rows!.Add(key, scale, values);
            }

            Volatile.Write(ref _rows, rows);
        }
    }

    /// <summary>Writes the records of <paramref name="keep"/> into a new generation's folder, so a reindex embeds only new sentences.</summary>
    public int CopyTo(string generationFolder, IReadOnlySet<ulong> keep)
    {
        ArgumentNullException.ThrowIfNull(keep);
        var rows = Rows;
        if (rows is null || rows.Count == 0)
        {
            return 0;
        }

        var copied = 0;
        using var stream = new FileStream(Path.Combine(generationFolder, FileName), FileMode.Create, FileAccess.Write);
        WriteHeader(stream, rows.Model, rows.Dimensions);
        for (var row = 0; row < rows.Count; row++)
        {
            var key = rows.KeyOf(row);
            if (!keep.Contains(key))
            {
                continue;
            }

            WriteRecord(stream, key, rows.ScaleOf(row), rows.ValuesOf(row));
            copied++;
        }

        stream.Flush(flushToDisk: true);
        return copied;
    }

    private static int RecordLength(int dimensions) => sizeof(ulong) + sizeof(float) + dimensions;

    // One record: the sentence's key, the vector's scale, its values; CatchUp reads them back in this order.
    private static void WriteRecord(Stream stream, ulong key, float scale, ReadOnlySpan<sbyte> values)
    {
        stream.Write(BitConverter.GetBytes(key));
        stream.Write(BitConverter.GetBytes(scale));
        stream.Write(System.Runtime.InteropServices.MemoryMarshal.Cast<sbyte, byte>(values));
    }

    private static void WriteHeader(Stream stream, string model, int dimensions)
    {
        var name = Encoding.UTF8.GetBytes(model);
        stream.Write(Magic);
        stream.Write(BitConverter.GetBytes(dimensions));
        stream.Write(BitConverter.GetBytes(name.Length));
        stream.Write(name);
    }

    // The header names the model and the length of its vectors; a file that does not start with one is not ours.
    private static (string Model, int Dimensions)? ReadHeader(Stream stream)
    {
        var fixedPart = new byte[Magic.Length + 8];
        if (stream.Read(fixedPart) != fixedPart.Length || !fixedPart.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            return null;
        }

        var dimensions = BitConverter.ToInt32(fixedPart, Magic.Length);
        var nameLength = BitConverter.ToInt32(fixedPart, Magic.Length + 4);
        if (dimensions is <= 0 or > 4096 || nameLength is <= 0 or > 200)
        {
            return null;
        }

        var name = new byte[nameLength];
        return stream.Read(name) == nameLength ? (Encoding.UTF8.GetString(name), dimensions) : null;
    }
}
