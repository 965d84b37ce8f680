using System.Globalization;
using System.Text;

namespace NewsBot.Ingestion.Tests.Feeds;

/// <summary>Feeds and pages written for the tests, shaped like what real outlets publish (and get wrong).</summary>
internal static class FeedSamples
{
    /// <summary>
    /// RSS 2.0 of a fictional outlet: HTML descriptions, a relative link, content:encoded on one item, dc:creator and
    /// RSS author bylines, an "EST" date, a "GMT" date, an ISO date, a missing date, and a repeated guid.
    /// </summary>
    public const string CapitolLedgerRss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel>
            <title>The Capitol Ledger &amp; Review</title>
            <link>https://ledger.example/</link>
            <description>Politics, policy and the people behind them.</description>
            <item>
              <title>Senate panel advances &lt;em&gt;border&lt;/em&gt; funding bill</title>
              <link>/politics/2025/11/25/senate-border-bill.html</link>
              <guid isPermaLink="false">ledger-48213</guid>
              <pubDate>Tue, 25 Nov 2025 14:03:00 EST</pubDate>
              <dc:creator>Maria Alvarez</dc:creator>
              <description>&lt;p&gt;The Senate Appropriations Committee voted 18&amp;ndash;11 on Tuesday to advance a &lt;b&gt;$9.6 billion&lt;/b&gt; border funding bill.&lt;/p&gt;&lt;p&gt;Two Republicans joined Democrats in support.&lt;/p&gt;</description>
              <content:encoded><![CDATA[<p>The Senate Appropriations Committee voted 18&ndash;11 on Tuesday to advance a <b>$9.6 billion</b> border funding bill.</p><p>Two Republicans joined Democrats in support, sending the measure to the floor before the December recess.</p><script>trackRead()</script>]]></content:encoded>
            </item>
            <item>
              <title>Governor signs redistricting map into law</title>
              <link>https://ledger.example/politics/2025/11/24/redistricting-map.html?utm_source=rss&amp;utm_medium=feed</link>
              <guid isPermaLink="false">ledger-48190</guid>
              <pubDate>Mon, 24 Nov 2025 21:15:00 GMT</pubDate>
              <author>newsroom@ledger.example (Daniel Okafor)</author>
              <description>&lt;p&gt;Gov. Helen Marsh signed the new congressional map on Monday night, ending a months-long fight in the legislature. Critics vowed to challenge it in court.&lt;/p&gt;</description>
              <content:encoded><![CDATA[<p>Gov. Helen Marsh signed the new congressional map on Monday night, ending a months-long fight in the legislature.</p><ul><li>Critics vowed to challenge it in court.</li><li>The map takes effect for the 2026 midterms.</li></ul>]]></content:encoded>
            </item>
            <item>
              <title>Mayor's budget draws council pushback</title>
              <link>https://ledger.example/local/2025/11/23/mayor-budget.html</link>
              <guid isPermaLink="false">ledger-48177</guid>
              <pubDate>2025-11-23T09:30:00-05:00</pubDate>
              <description>Council members questioned the mayor's plan to cut library hours while expanding police overtime. A vote is expected next month.</description>
              <content:encoded><![CDATA[<p>Council members questioned the mayor's plan to cut library hours while expanding police overtime.</p><p>A vote is expected next month.</p>]]></content:encoded>
            </item>
            <item>
              <title>Election board certifies county results</title>
              <link>https://ledger.example/politics/2025/11/22/certification.html</link>
              <guid isPermaLink="false">ledger-48150</guid>
              <description>The county election board certified the Nov. 4 results on Saturday after a hand recount of two precincts found no change.</description>
              <content:encoded><![CDATA[<p>The county election board certified the Nov. 4 results on Saturday after a hand recount of two precincts found no change.</p>]]></content:encoded>
            </item>
            <item>
              <title>Senate panel advances border funding bill (updated)</title>
              <link>https://ledger.example/politics/2025/11/25/senate-border-bill-updated.html</link>
              <guid isPermaLink="false">ledger-48213</guid>
              <pubDate>Tue, 25 Nov 2025 16:00:00 EST</pubDate>
              <description>A repeated guid: feeds do this.</description>
            </item>
          </channel>
        </rss>
        """;

    /// <summary>RSS 1.0 (RDF) with Dublin Core dates and creators.</summary>
    public const string StatehouseRdf = """
        <?xml version="1.0" encoding="utf-8"?>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel rdf:about="https://statehouse.example/rss">
            <title>Statehouse Wire</title>
            <link>https://statehouse.example/</link>
            <description>Legislative news</description>
            <items><rdf:Seq><rdf:li rdf:resource="https://statehouse.example/2025/11/25/pension-vote"/><rdf:li rdf:resource="https://statehouse.example/2025/11/24/ethics-panel"/></rdf:Seq></items>
          </channel>
          <item rdf:about="https://statehouse.example/2025/11/25/pension-vote">
            <title>House passes pension overhaul after late-night session</title>
            <link>https://statehouse.example/2025/11/25/pension-vote</link>
            <description>The House voted 61-58 shortly after 1 a.m. to overhaul the state pension system, sending the bill to the Senate. Supporters said the change would save $2 billion over a decade, while unions warned it would cut benefits for new teachers. The governor has said she will sign it.</description>
            <dc:date>2025-11-25T01:12:00-06:00</dc:date>
            <dc:creator>Priya Natarajan</dc:creator>
          </item>
          <item rdf:about="https://statehouse.example/2025/11/24/ethics-panel">
            <title>Ethics panel opens inquiry into travel spending</title>
            <link>https://statehouse.example/2025/11/24/ethics-panel</link>
            <description>The legislative ethics panel opened an inquiry into travel spending by two senators.</description>
            <dc:date>2025-11-24T15:40:00-06:00</dc:date>
          </item>
        </rdf:RDF>
        """;

    /// <summary>Atom 1.0 with several links per entry (alternate and a reply link), HTML and XHTML-ish content, and relative hrefs.</summary>
    public const string BeltwayAtom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title type="text">Beltway Brief</title>
          <link rel="alternate" href="https://beltway.example/"/>
          <link rel="self" href="https://beltway.example/atom.xml"/>
          <id>tag:beltway.example,2025:feed</id>
          <updated>2025-11-25T18:00:00Z</updated>
          <entry>
            <title type="html">Treasury &amp;amp; Fed officials meet on debt ceiling</title>
            <link rel="replies" href="/2025/11/25/debt-ceiling#comments"/>
            <link rel="alternate" type="text/html" href="/2025/11/25/debt-ceiling"/>
            <id>tag:beltway.example,2025:1181</id>
            <published>2025-11-25T12:00:00+02:00</published>
            <updated>2025-11-25T17:45:00Z</updated>
            <author><name>Sam Whitfield</name></author>
            <summary type="html">&lt;p&gt;Officials met for two hours.&lt;/p&gt;</summary>
            <content type="html">&lt;p&gt;Treasury and Federal Reserve officials met for two hours on Tuesday to discuss contingency plans should Congress fail to raise the debt ceiling.&lt;/p&gt;&lt;p&gt;Neither side commented afterwards.&lt;/p&gt;</content>
          </entry>
          <entry>
            <title>Supreme Court hears tariff challenge</title>
            <link href="https://beltway.example/2025/11/24/tariff-case"/>
            <id>tag:beltway.example,2025:1177</id>
            <updated>2025-11-24T20:10:00Z</updated>
            <summary>The justices heard arguments on whether emergency powers allow sweeping tariffs.</summary>
          </entry>
        </feed>
        """;

    /// <summary>An RSS 2.0 feed whose only item carries a short summary, pointing at <paramref name="link"/>.</summary>
    public static string SummaryOnlyRss(string link, string summary = "Lawmakers reached a tentative deal late Wednesday.", string date = "Wed, 26 Nov 2025 22:10:00 GMT") => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0">
          <channel>
            <title>Harbor City Herald</title>
            <link>https://herald.example/</link>
            <item>
              <title>Budget deal reached hours before shutdown deadline</title>
              <link>{link}</link>
              <guid>herald-9001</guid>
              <pubDate>{date}</pubDate>
              <description>{summary}</description>
            </item>
          </channel>
        </rss>
        """;

    /// <summary>An article page as outlets serve them: navigation, the story, a newsletter box, a footer.</summary>
    public const string BudgetDealPage = """
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><title>Budget deal reached hours before shutdown deadline | Harbor City Herald</title></head>
        <body>
          <header><nav><a href="/">Home</a> <a href="/politics">Politics</a> <a href="/opinion">Opinion</a></nav></header>
          <main>
            <article>
              <h1>Budget deal reached hours before shutdown deadline</h1>
              <p class="byline">By Elena Park</p>
              <p>Lawmakers reached a tentative budget deal late Wednesday, hours before a midnight deadline that would have shut down state offices and closed parks across the region over the holiday weekend.</p>
              <p>The agreement restores $310 million for school districts that had been cut in the governor's first proposal, according to two aides who were briefed on the terms and spoke on condition of anonymity because the text had not been released.</p>
              <p>House Speaker Raymond Cole said the chamber would vote Thursday morning. "Nobody got everything they wanted, which is usually how you know it's a real compromise," Cole told reporters outside his office.</p>
              <p>Senate leaders were expected to take up the measure on Friday. The deal also extends a tax credit for first-time home buyers through 2027 and delays a planned increase in vehicle registration fees.</p>
            </article>
          </main>
          <aside><h2>Get the newsletter</h2><p>Sign up for our morning briefing.</p></aside>
          <footer><p>© 2025 Harbor City Herald</p></footer>
        </body>
        </html>
        """;

    /// <summary>The front page of a site: HTML, served where a feed was expected.</summary>
    public const string FrontPage = """
        <!DOCTYPE html>
        <html><head><title>Harbor City Herald</title><link rel="alternate" type="application/rss+xml" href="/rss.xml"></head>
        <body><h1>Harbor City Herald</h1><p>Top stories</p></body></html>
        """;

    /// <summary>An RSS 2.0 feed of short summaries whose links are the given addresses.</summary>
    public static string SummariesRss(params Uri[] links)
    {
        var builder = new StringBuilder("""<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Briefs</title>""");
        for (var i = 0; i < links.Length; i++)
        {
            builder.Append(CultureInfo.InvariantCulture, $"<item><title>Brief {i}</title><link>{links[i]}</link><description>Summary {i}.</description></item>");
        }

        return builder.Append("</channel></rss>").ToString();
    }

    /// <summary>An RSS 2.0 feed with <paramref name="count"/> short items.</summary>
    public static string ManyItemsRss(int count)
    {
        var builder = new StringBuilder("""<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Firehose</title><link>https://firehose.example/</link>""");
        for (var i = 0; i < count; i++)
        {
            builder.Append(CultureInfo.InvariantCulture, $"<item><title>Item {i}</title><link>https://firehose.example/{i}</link><description>Brief number {i} of the day, with enough words to be a real summary of something that happened.</description></item>");
        }

        return builder.Append("</channel></rss>").ToString();
    }

    /// <summary>An RSS 2.0 feed of the given items, each (slug, title, text), full text in content:encoded.</summary>
    public static string FullTextRss(string outlet, params (string Slug, string Title, string Text)[] items)
    {
        var builder = new StringBuilder($"""<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>{outlet}</title><link>https://outlet.example/</link>""");
        foreach (var (slug, title, text) in items)
        {
            builder.Append(CultureInfo.InvariantCulture, $"<item><title>{title}</title><link>https://outlet.example/{slug}</link><guid>{slug}</guid><pubDate>Wed, 26 Nov 2025 12:00:00 GMT</pubDate><description>{title}</description><content:encoded><![CDATA[<p>{text}</p>]]></content:encoded></item>");
        }

        return builder.Append("</channel></rss>").ToString();
    }
}
