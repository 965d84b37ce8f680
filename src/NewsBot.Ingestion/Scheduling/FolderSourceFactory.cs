using NewsBot.Core.Sources;
using NewsBot.Ingestion.Sources;

namespace NewsBot.Ingestion.Scheduling;

/// <summary>
/// Creates the source for a <see cref="SourceKind.Folder"/> entry. Register one as a singleton so
/// <see cref="ArticleSourceFactory"/> can refresh folders too; a distinct type, so it can never be confused with the
/// feed-creating <c>Func&lt;SourceOptions, IArticleSource&gt;</c> that feeds register.
/// </summary>
public delegate IArticleSource FolderSourceFactory(SourceOptions source);
