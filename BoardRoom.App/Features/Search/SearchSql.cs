using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.App.Features.Search;

/// <summary>A SQL text with <c>{0}</c>-style placeholders and its values, for <c>SqlQueryRaw</c>.</summary>
public sealed record SqlText(string Text, object[] Parameters);

/// <summary>
/// Every line of engine-specific search SQL, in one place (docs/decisions/014): the full-text index each engine's
/// migration creates, and the queries that read it. SQLite has an FTS5 table over <c>SearchEntries</c> (external
/// content, kept in step by triggers, Porter stemming over Unicode words, diacritics folded), ranked by bm25 and marked
/// by <c>highlight()</c>; PostgreSQL a generated <c>tsvector</c> column with a GIN index (English stemming), ranked by
/// <c>ts_rank</c>. Both take the user's words only as <see cref="SearchTerms"/>, which can hold nothing but letters and
/// digits, and always as parameters. Everything else about search is the same C# on both engines.
/// </summary>
public static class SearchSql
{
    /// <summary>The marks around a matched word in the text the queries return; <see cref="SearchDocuments.Clean"/> keeps them out of stored text.</summary>
    public const char MarkStart = '\u0002';

    public const char MarkEnd = '\u0003';

    /// <summary>
    /// The SQLite index, version 1 (migration SearchIndex). Never edit a version a migration has applied: add the next.
    /// The triggers keep the FTS5 table in step with every insert, update and delete of <c>SearchEntries</c>, including
    /// those of a cascade from a removed meeting or item.
    /// </summary>
    public const string SqliteCreateV1 = """
        CREATE VIRTUAL TABLE "SearchFts" USING fts5("Title", "Body", content='SearchEntries', content_rowid='Id', tokenize='porter unicode61 remove_diacritics 2');
        CREATE TRIGGER "SearchEntries_FtsInsert" AFTER INSERT ON "SearchEntries" BEGIN
            INSERT INTO "SearchFts"(rowid, "Title", "Body") VALUES (new."Id", new."Title", new."Body");
        END;
        CREATE TRIGGER "SearchEntries_FtsDelete" AFTER DELETE ON "SearchEntries" BEGIN
            INSERT INTO "SearchFts"("SearchFts", rowid, "Title", "Body") VALUES ('delete', old."Id", old."Title", old."Body");
        END;
        CREATE TRIGGER "SearchEntries_FtsUpdate" AFTER UPDATE OF "Title", "Body" ON "SearchEntries" BEGIN
            INSERT INTO "SearchFts"("SearchFts", rowid, "Title", "Body") VALUES ('delete', old."Id", old."Title", old."Body");
            INSERT INTO "SearchFts"(rowid, "Title", "Body") VALUES (new."Id", new."Title", new."Body");
        END;
        """;

    public const string SqliteDropV1 = """
        DROP TRIGGER IF EXISTS "SearchEntries_FtsUpdate";
        DROP TRIGGER IF EXISTS "SearchEntries_FtsDelete";
        DROP TRIGGER IF EXISTS "SearchEntries_FtsInsert";
        DROP TABLE IF EXISTS "SearchFts";
        """;

    /// <summary>
    /// The PostgreSQL index, version 1. Punctuation becomes a space before parsing (ASCII, Latin-1 and general
    /// punctuation, dashes and typographic quotes included), so that "D-2026-07", "care-plan_v2.pdf" and "children’s"
    /// split into the words SQLite's tokenizer and <see cref="SearchTerms"/> see, whatever the server's locale. Title
    /// words weigh A, body words B.
    /// </summary>
    public const string PostgreSqlCreateV1 = $"""
        ALTER TABLE "SearchEntries" ADD COLUMN "SearchVector" tsvector GENERATED ALWAYS AS (
            setweight(to_tsvector('english'::regconfig, {PostgreSqlWordsV1Title}), 'A') ||
            setweight(to_tsvector('english'::regconfig, {PostgreSqlWordsV1Body}), 'B')) STORED;
        CREATE INDEX "IX_SearchEntries_SearchVector" ON "SearchEntries" USING GIN ("SearchVector");
        """;

    public const string PostgreSqlDropV1 = """
        DROP INDEX IF EXISTS "IX_SearchEntries_SearchVector";
        ALTER TABLE "SearchEntries" DROP COLUMN IF EXISTS "SearchVector";
        """;

    private const string PostgreSqlPunctuationV1 = @"[[:punct:]\u00A0-\u00BF\u00D7\u00F7\u2000-\u206F\u2190-\u23FF\u2500-\u27BF\u3000-\u303F\uFF01-\uFF0F]+";

    private const string PostgreSqlWordsV1Title = $"""regexp_replace("Title", '{PostgreSqlPunctuationV1}', ' ', 'g')""";

    private const string PostgreSqlWordsV1Body = $"""regexp_replace("Body", '{PostgreSqlPunctuationV1}', ' ', 'g')""";

    /// <summary>Title words count four times body words in SQLite's bm25 (PostgreSQL: weight A against B).</summary>
    private const string SqliteScore = """-bm25("SearchFts", 4.0, 1.0)""";

    /// <summary>Rank divided by 1 + log(length), so a long minutes section does not win on length alone.</summary>
    private const string PostgreSqlScore = """ts_rank(e."SearchVector", to_tsquery('english', {0}), 1)::float8""";

    public static bool IsPostgreSql(DbContext db) => db.Database.IsNpgsql();

    /// <summary>One page of hits the scope allows, best first, with the matched words marked (SQLite) or to be marked (PostgreSQL, <see cref="PostgreSqlLexemes"/>).</summary>
    public static SqlText Page(DbContext db, SearchTerms terms, SearchScope scope, int skip, int take)
    {
        var postgres = IsPostgreSql(db);
        var (from, parameters) = FromWhere(postgres, terms, scope);
        var text = postgres
            ? $"""
                SELECT e."Kind" AS "Kind", e."SourceId" AS "SourceId", e."MeetingId" AS "MeetingId", e."AgendaItemId" AS "AgendaItemId",
                       m."BoardId" AS "BoardId", e."Title" AS "Title", e."Body" AS "Body", {PostgreSqlScore} AS "Score"
                {from}
                ORDER BY "Score" DESC, m."StartsAt" DESC, e."Id"
                LIMIT {take.ToString(CultureInfo.InvariantCulture)} OFFSET {skip.ToString(CultureInfo.InvariantCulture)}
                """
            : $"""
                SELECT e."Kind" AS "Kind", e."SourceId" AS "SourceId", e."MeetingId" AS "MeetingId", e."AgendaItemId" AS "AgendaItemId",
                       m."BoardId" AS "BoardId", highlight("SearchFts", 0, char(2), char(3)) AS "Title", highlight("SearchFts", 1, char(2), char(3)) AS "Body",
                       {SqliteScore} AS "Score"
                {from}
                ORDER BY "Score" DESC, m."StartsAt" DESC, e."Id"
                LIMIT {take.ToString(CultureInfo.InvariantCulture)} OFFSET {skip.ToString(CultureInfo.InvariantCulture)}
                """;
        return new(text, parameters);
    }

    /// <summary>How many hits the scope allows in all: the same filter as <see cref="Page"/>, so a count never tells of what the page leaves out.</summary>
    public static SqlText Count(DbContext db, SearchTerms terms, SearchScope scope)
    {
        var (from, parameters) = FromWhere(IsPostgreSql(db), terms, scope);
        return new($"""SELECT COUNT(*) AS "Value" {from}""", parameters);
    }

    /// <summary>
    /// PostgreSQL: each word's lexemes as the index stems them (none for a stop word), for marking the words of a hit
    /// that match the query. SQLite marks them itself with <c>highlight()</c>.
    /// </summary>
    public static SqlText PostgreSqlLexemes(IReadOnlyList<string> words) => new(
        """SELECT t AS "Token", array_to_string(tsvector_to_array(to_tsvector('english', t)), ' ') AS "Lexemes" FROM unnest({0}::text[]) AS t""",
        [words.ToArray()]);

    /// <summary>
    /// The match and the scope, in the query itself: the person's boards, and reserved items (with their minutes,
    /// decisions, actions and papers) only on the boards whose seat reads reserved business, decided from the live
    /// meeting and agenda item rows, never from a copy.
    /// </summary>
    private static (string Sql, object[] Parameters) FromWhere(bool postgres, SearchTerms terms, SearchScope scope)
    {
        if (scope.Boards.Count == 0)
        {
            throw new ArgumentException("A search needs at least one board; with none there is nothing to ask.", nameof(scope));
        }
        var parameters = new List<object> { postgres ? terms.ToTsQuery() : terms.ToFts5() };
        string List(IEnumerable<Guid> ids) => string.Join(", ", ids.Select(id =>
        {
            parameters.Add(id);
            return "{" + (parameters.Count - 1).ToString(CultureInfo.InvariantCulture) + "}";
        }));
        var boards = List(scope.Boards);
        var reserved = scope.ReservedBoards.Count == 0 ? string.Empty : $""" OR m."BoardId" IN ({List(scope.ReservedBoards)})""";
        var match = postgres
            ? """
                FROM "SearchEntries" AS e
                JOIN "Meetings" AS m ON m."Id" = e."MeetingId"
                LEFT JOIN "AgendaItems" AS i ON i."Id" = e."AgendaItemId"
                WHERE e."SearchVector" @@ to_tsquery('english', {0})
                """
            : """
                FROM "SearchFts"
                JOIN "SearchEntries" AS e ON e."Id" = "SearchFts".rowid
                JOIN "Meetings" AS m ON m."Id" = e."MeetingId"
                LEFT JOIN "AgendaItems" AS i ON i."Id" = e."AgendaItemId"
                WHERE "SearchFts" MATCH {0}
                """;
        var sql = $"""
            {match}
              AND m."BoardId" IN ({boards})
              AND (e."AgendaItemId" IS NULL OR (i."Id" IS NOT NULL AND (NOT i."IsReserved"{reserved})))
            """;
        return (sql, parameters.ToArray());
    }
}

/// <summary>Where a person may search: the boards of their active seats, and those of them whose seat reads reserved business.</summary>
public sealed record SearchScope(IReadOnlyList<Guid> Boards, IReadOnlyList<Guid> ReservedBoards);
