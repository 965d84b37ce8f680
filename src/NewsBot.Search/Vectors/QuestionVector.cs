namespace NewsBot.Search.Vectors;

/// <summary>A question's vector, quantized like the sentences', compared with one sentence or with all of them.</summary>
internal sealed class QuestionVector
{
    private readonly sbyte[] _values;
    private readonly float _scale;

    public QuestionVector(float[] vector, VectorRows rows)
    {
        ArgumentNullException.ThrowIfNull(vector);
        ArgumentNullException.ThrowIfNull(rows);
        Rows = rows;
        _values = new sbyte[vector.Length];
        _scale = QuantizedVector.Quantize(vector, _values);
    }

    /// <summary>The sentence vectors it is compared with: those of the generation the question is answered from.</summary>
    public VectorRows Rows { get; }

    /// <summary>The cosine with the sentence of <paramref name="key"/>, or null when that sentence has no vector yet.</summary>
    public double? SimilarityTo(ulong key) =>
        Rows.TryGetRow(key, out var row) ? SimilarityToRow(row) : null;

    /// <summary>
    /// The <paramref name="count"/> sentences most alike the question, best first: a scan over every vector, so a
    /// sentence that shares no word with the question is found as readily as one that does.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public List<(ulong Key, double Similarity)> Nearest(int count)
    {
        var best = new PriorityQueue<int, double>(count + 1);
        var rows = Rows.Count;
        for (var row = 0; row < rows; row++)
        {
            var similarity = SimilarityToRow(row);
            if (best.Count < count)
            {
                best.Enqueue(row, similarity);
            }
            else if (best.TryPeek(out _, out var worst) && similarity > worst)
            {
                best.EnqueueDequeue(row, similarity);
            }
        }

        var found = new List<(ulong, double)>(best.Count);
        while (best.TryDequeue(out var row, out var similarity))
        {
            found.Add((Rows.KeyOf(row), similarity));
        }

        found.Reverse();
        return found;
    }

    private double SimilarityToRow(int row) => QuantizedVector.Dot(_values, Rows.ValuesOf(row)) * (double)_scale * Rows.ScaleOf(row);
}
