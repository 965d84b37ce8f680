using System.Reflection;
using Microsoft.ML.OnnxRuntime;

namespace NewsBot.Search.Vectors;

/// <summary>
/// Opens the packaged ONNX model through a copy that ONNX Runtime has already optimised, kept in a cache folder: the
/// first process optimises the packaged graph (as every process did before) and saves the result; later ones load the
/// saved graph from its file with optimisation off. Nothing is downloaded: the graph always comes from the package's
/// own bytes, and the cache file's name carries the package's and ONNX Runtime's versions, so an upgrade of either
/// makes a new copy.
/// </summary>
/// <remarks>
/// Measured for issue 21: loading arctic-embed-xs took about 1.3 CPU-seconds and 360 MB, of which copying the 90 MB
/// model out of its assembly and optimising its graph are the largest parts; both are skipped once the copy exists.
/// The level is "extended", not "all": the layout changes of "all" are specific to the processor that made them, and
/// the cache folder may travel with the index.
/// </remarks>
internal static class OptimizedModelCache
{
    /// <summary>The folder inside the index folder that holds the optimised copies.</summary>
    public const string FolderName = "model-cache";

    /// <summary>
    /// A session over the optimised copy of <paramref name="modelAssembly"/>'s <c>model.onnx</c> in
    /// <paramref name="folder"/>, making the copy first when there is none (or it cannot be read); when the folder
    /// cannot be written, a session over the packaged bytes as before.
    /// </summary>
    public static InferenceSession Open(Assembly modelAssembly, string modelName, string folder, SessionOptions options)
    {
        ArgumentNullException.ThrowIfNull(modelAssembly);
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(options);
        var path = Path.Combine(folder, FileName(modelAssembly, modelName));
        if (File.Exists(path))
        {
            try
            {
                options.GraphOptimizationLevel = GraphOptimizationLevel.ORT_DISABLE_ALL;
                return new InferenceSession(path, options);
            }
            catch (OnnxRuntimeException)
            {
                // A copy cut short (a full disk, a killed process) or damaged: made again below from the package.
                TryDelete(path);
            }
        }

        options.GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_EXTENDED;
        var bytes = SentenceTransformers.ResourceLoader.GetResource(modelAssembly, "model.onnx");
        var temporary = Path.Combine(folder, $"{Path.GetFileName(path)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(folder);
            options.OptimizedModelFilePath = temporary;
            var session = new InferenceSession(bytes, options);
            // Moved into place only once complete, so another process never reads half a copy.
            File.Move(temporary, path, overwrite: true);
            return session;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or OnnxRuntimeException)
        {
            TryDelete(temporary);
            return new InferenceSession(bytes, NotSaving(options));
        }
    }

    /// <summary>The copy's file name: model, package version and ONNX Runtime version.</summary>
    public static string FileName(Assembly modelAssembly, string modelName) =>
        $"{modelName}-{modelAssembly.GetName().Version}-ort{typeof(InferenceSession).Assembly.GetName().Version}.onnx";

    private static SessionOptions NotSaving(SessionOptions options)
    {
        options.OptimizedModelFilePath = string.Empty;
        return options;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Left for the next process to replace.
        }
    }
}
