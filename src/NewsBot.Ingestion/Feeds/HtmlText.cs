using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace NewsBot.Ingestion.Feeds;

/// <summary>
/// Turns the HTML that feeds put in descriptions, titles and content into plain text: entities decoded, tags gone,
/// whitespace collapsed, and block elements (paragraphs, list items, headings) kept apart as paragraphs separated by
/// a blank line, so the sentence splitter sees where one paragraph ends.
/// </summary>
internal static class HtmlText
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "svg", "object", "head",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "header", "footer", "aside", "main", "blockquote", "pre", "figure",
        "figcaption", "ul", "ol", "li", "dl", "dt", "dd", "table", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "hr",
    };

    /// <summary>The plain text of an HTML fragment (or of text that merely contains entities); empty for null.</summary>
    public static string ToPlainText(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return string.Empty;
        }

        var document = new HtmlParser().ParseDocument(html);
        return ToPlainText(document.Body);
    }

    /// <summary>The plain text of a parsed element.</summary>
    public static string ToPlainText(INode? root)
    {
        if (root is null)
        {
            return string.Empty;
        }

        var writer = new Writer();
        writer.Visit(root);
        return writer.ToString();
    }

    private sealed class Writer
    {
        private readonly List<string> _paragraphs = [];
        private readonly StringBuilder _current = new();
        private bool _pendingSpace;

        public void Visit(INode node)
        {
            switch (node)
            {
                case IText text:
                    Append(text.Data);
                    break;
                case IElement element when Skipped.Contains(element.LocalName):
                    break;
                case IElement element when element.LocalName == "br":
                    _current.Append('\n');
                    _pendingSpace = false;
                    break;
                case IElement element:
                    var block = Blocks.Contains(element.LocalName);
                    if (block)
                    {
                        EndParagraph();
                    }

                    foreach (var child in element.ChildNodes)
                    {
                        Visit(child);
                    }

                    if (block)
                    {
                        EndParagraph();
                    }

                    break;
                default:
                    foreach (var child in node.ChildNodes)
                    {
                        Visit(child);
                    }

                    break;
            }
        }

        public override string ToString()
        {
            EndParagraph();
            return string.Join("\n\n", _paragraphs);
        }

        private void Append(string text)
        {
            foreach (var c in text)
            {
                if (char.IsWhiteSpace(c))
                {
                    _pendingSpace = _current.Length > 0 && _current[^1] != '\n';
                    continue;
                }

                if (_pendingSpace)
                {
                    _current.Append(' ');
                    _pendingSpace = false;
                }

                _current.Append(c);
            }
        }

        private void EndParagraph()
        {
            var paragraph = _current.ToString().Trim();
            if (paragraph.Length > 0)
            {
                _paragraphs.Add(paragraph);
            }

            _current.Clear();
            _pendingSpace = false;
        }
    }
}
