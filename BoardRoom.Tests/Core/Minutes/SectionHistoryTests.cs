using BoardRoom.Core.Minutes.History;
using BoardRoom.Core.Minutes.Ot;

namespace BoardRoom.Tests.Core.Minutes;

public sealed class SectionHistoryTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 3, 10, 0, 0, TimeSpan.Zero);

    private static HistoryEdit Edit(long revision, string author, int minutes, TextOperation op) => new(revision, author, Start.AddMinutes(minutes), op);

    [Fact]
    public void TheTextAtEachRevision_CarriesWhoWroteEachCharacter_ThroughInsertsAndDeletes()
    {
        var edits = new[]
        {
            Edit(1, "aisha", 0, TextOperation.Insert(0, 0, "The board agreed.")),
            Edit(2, "helen", 1, TextOperation.Replace(17, 10, 6, "noted")),   // "The board noted."
            Edit(3, "aisha", 2, TextOperation.Insert(16, 16, " Thanks.")),
        };

        var first = SectionHistory.At(edits, 1);
        Assert.Equal("The board agreed.", first.Text);
        Assert.Equal([new AuthorRun("aisha", 17)], first.Runs);

        var last = SectionHistory.At(edits, 3);
        Assert.Equal("The board noted. Thanks.", last.Text);
        Assert.Equal([new AuthorRun("aisha", 10), new AuthorRun("helen", 5), new AuthorRun("aisha", 9)], last.Runs);
        Assert.Equal(3, last.Revision);

        Assert.Equal(string.Empty, SectionHistory.At(edits, 0).Text);
        Assert.Equal(last, SectionHistory.At(edits, 99) with { Runs = last.Runs });
        Assert.Throws<ArgumentOutOfRangeException>(() => SectionHistory.At(edits, -1));
    }

    [Fact]
    public void TheTimeline_GroupsOneAuthorsEditsUntilSomeoneElseEdits_OrTheyPauseLongerThanTheLimit()
    {
        var edits = new[]
        {
            Edit(1, "aisha", 0, TextOperation.Insert(0, 0, "Ab")),
            Edit(2, "aisha", 1, TextOperation.Insert(2, 2, "c")),
            Edit(3, "helen", 1, TextOperation.Delete(3, 0, 1)),
            Edit(4, "aisha", 2, TextOperation.Insert(2, 2, "d")),
            Edit(5, "aisha", 30, TextOperation.Insert(3, 3, "e")),
        };

        var steps = SectionHistory.Steps(edits);

        Assert.Equal(
            [
                new HistoryStep(0, 2, "aisha", Start, Start.AddMinutes(1), 3, 0),
                new HistoryStep(2, 3, "helen", Start.AddMinutes(1), Start.AddMinutes(1), 0, 1),
                new HistoryStep(3, 4, "aisha", Start.AddMinutes(2), Start.AddMinutes(2), 1, 0),
                new HistoryStep(4, 5, "aisha", Start.AddMinutes(30), Start.AddMinutes(30), 1, 0),
            ],
            steps);
    }

    [Fact]
    public void ALogWithAGap_OrAnEditThatDoesNotFit_IsRefusedRatherThanShownWrong()
    {
        Assert.Throws<InvalidOperationException>(() => SectionHistory.At([Edit(2, "a", 0, TextOperation.Insert(0, 0, "x"))], 5));
        Assert.Throws<InvalidOperationException>(() => SectionHistory.At([Edit(1, "a", 0, TextOperation.Insert(3, 0, "x"))], 5));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void ForRandomConcurrentLookingSessions_EveryVersionIsTheReplayedText_AndEveryCharacterIsItsInsertersOwn(int seed)
    {
        // Each author writes only their own letter, so who wrote a character can be read off the character itself.
        var random = new Random(seed);
        var authors = new[] { ("x", 'x'), ("y", 'y'), ("z", 'z') };
        var text = string.Empty;
        var edits = new List<HistoryEdit>();
        var texts = new List<string> { text };
        for (var revision = 1; revision <= 300; revision++)
        {
            var (author, letter) = authors[random.Next(authors.Length)];
            var op = text.Length > 0 && random.Next(3) == 0
                ? TextOperation.Delete(text.Length, random.Next(text.Length), 1)
                : TextOperation.Insert(text.Length, random.Next(text.Length + 1), new string(letter, 1 + random.Next(3)));
            text = op.Apply(text);
            texts.Add(text);
            edits.Add(Edit(revision, author, revision, op));
        }

        for (var revision = 0; revision <= 300; revision += 7)
        {
            var version = SectionHistory.At(edits, revision);
            Assert.Equal(texts[revision], version.Text);
            Assert.Equal(version.Text.Length, version.Runs.Sum(r => r.Length));
            var at = 0;
            foreach (var run in version.Runs)
            {
                Assert.All(version.Text.Substring(at, run.Length), c => Assert.Equal(run.AuthorId[0], c));
                at += run.Length;
            }
        }
    }
}
