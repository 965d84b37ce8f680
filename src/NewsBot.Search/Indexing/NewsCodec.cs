using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Codecs.Lucene46;

namespace NewsBot.Search.Indexing;

/// <summary>
/// Lucene 4.6's codec with stored fields compressed in 2 KB chunks instead of 16 KB. A question loads its 50 candidate
/// passages at random places in the index, and each load decompresses its chunk from the start up to the passage: with
/// passages of a few hundred bytes, the default chunk made that decompression half of an answer's time (dotnet-trace,
/// SQuAD set). Smaller chunks compress a little worse. Registered with <see cref="Register"/> before any index is opened.
/// </summary>
[CodecName("NewsBot46")]
public sealed class NewsCodec : FilterCodec
{
    private const int StoredFieldsChunkBytes = 1 << 11;

    private readonly StoredFieldsFormat _storedFields =
        new CompressingStoredFieldsFormat("NewsBotStoredFields", CompressionMode.FAST, StoredFieldsChunkBytes);

    public NewsCodec()
        : base(new Lucene46Codec())
    {
    }

    public override StoredFieldsFormat StoredFieldsFormat => _storedFields;

    /// <summary>
    /// Lets Lucene read generations written with this codec (it finds codecs by the name in each segment). Process-wide,
    /// as Lucene's codec registry is; idempotent, and indexes written with Lucene's own codecs stay readable.
    /// </summary>
    public static void Register()
    {
        lock (Registration)
        {
            if (Codec.GetCodecFactory() is not Factory)
            {
                Codec.SetCodecFactory(new Factory());
            }
        }
    }

    private static readonly object Registration = new();

    /// <summary>Lucene's own codecs plus this one.</summary>
    private sealed class Factory : DefaultCodecFactory
    {
        protected override void Initialize()
        {
            base.Initialize();
            PutCodecType(typeof(NewsCodec));
        }
    }
}
