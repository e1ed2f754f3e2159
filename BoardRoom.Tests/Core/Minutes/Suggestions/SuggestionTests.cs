using BoardRoom.Core.Agendas;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Common;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.Minutes;
using BoardRoom.Core.Minutes.Ot;
using BoardRoom.Core.Minutes.Records;
using BoardRoom.Core.Minutes.Suggestions;
using BoardRoom.Core.People;
using CsCheck;

namespace BoardRoom.Tests.Core.Minutes.Suggestions;

public sealed class SuggestionTests
{
    private const long Iterations = 2000;
    private static readonly DateTimeOffset Ten = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly WorkflowActor Aisha = new(PersonId.New(), "Aisha Rahman");
    private static readonly WorkflowActor Helen = new(PersonId.New(), "Helen Marsh");

    private static MinutesSection Section()
    {
        var meeting = Meeting.Schedule(BoardId.New(), null, 1, "Delivery group 1", Ten, TimeSpan.FromHours(2), "", "");
        return MinutesSection.For(meeting, meeting.AddAgendaItem("Budget", AgendaPurpose.ForDecision, "", 10));
    }

    [Fact]
    public void AReplacement_RecordsTheTextItReplaces_AndAcceptingItReplacesExactlyThat()
    {
        const string text = "The board noted the budget.";
        var section = Section();
        var suggestion = Suggestion.Propose(section, new TextAnchor(10, 15), 4, text, "approved", Aisha, Ten);

        Assert.Equal(("noted", "approved", SuggestionStatus.Open), (suggestion.Original, suggestion.Replacement, suggestion.Status));
        var edit = suggestion.EditOn(section, suggestion.Anchor, text);
        Assert.Equal("The board approved the budget.", edit.Apply(text));

        suggestion.Accept(section, Helen, 5, Ten.AddMinutes(1));
        Assert.Equal((SuggestionStatus.Accepted, "Helen Marsh", 5L), (suggestion.Status, suggestion.DecidedByName, suggestion.AcceptedRevision));
        var twice = Assert.Throws<DomainRuleException>(() => suggestion.Reject(section, Helen, Ten.AddMinutes(2)));
        Assert.Contains("already been accepted by Helen Marsh", twice.Message);
    }

    [Fact]
    public void AnInsertion_IsAnEmptyRange_AndADeletion_AnEmptyReplacement()
    {
        const string text = "Apologies: none.";
        var section = Section();

        var insert = Suggestion.Propose(section, new TextAnchor(16, 16), 1, text, " Quorate.", Aisha, Ten);
        Assert.Equal("Apologies: none. Quorate.", insert.EditOn(section, insert.Anchor, text).Apply(text));

        var delete = Suggestion.Propose(section, new TextAnchor(0, 11), 1, text, "", Aisha, Ten);
        Assert.Equal("none.", delete.EditOn(section, delete.Anchor, text).Apply(text));
    }

    [Fact]
    public void ASuggestionThatChangesNothing_OrIsTooLong_OrIsOutsideTheText_IsRefused()
    {
        const string text = "abc";
        var section = Section();
        Assert.Throws<DomainRuleException>(() => Suggestion.Propose(section, new TextAnchor(1, 2), 0, text, "b", Aisha, Ten));
        Assert.Throws<DomainRuleException>(() => Suggestion.Propose(section, new TextAnchor(1, 1), 0, text, "", Aisha, Ten));
        Assert.Throws<DomainRuleException>(() => Suggestion.Propose(section, new TextAnchor(2, 5), 0, text, "x", Aisha, Ten));
        Assert.Throws<DomainRuleException>(() => Suggestion.Propose(section, new TextAnchor(0, 0), 0, text, new string('x', Suggestion.MaxTextLength + 1), Aisha, Ten));
    }

    [Fact]
    public void OnlyItsAuthorWithdrawsASuggestion_AndALockedSectionTakesNone()
    {
        var section = Section();
        var suggestion = Suggestion.Propose(section, new TextAnchor(0, 1), 0, "abc", "A", Aisha, Ten);

        Assert.Throws<DomainRuleException>(() => suggestion.Withdraw(section, Helen, Ten));
        suggestion.Withdraw(section, Aisha, Ten);
        Assert.Equal(SuggestionStatus.Withdrawn, suggestion.Status);

        section.Lock("approved", Ten);
        Assert.Throws<DomainRuleException>(() => Suggestion.Propose(section, new TextAnchor(0, 1), 0, "abc", "A", Aisha, Ten));
    }

    [Fact]
    public void TextEditedInsideTheRangeSinceTheSuggestion_IsNotOverwritten()
    {
        const string text = "Risks noted.";
        var section = Section();
        var suggestion = Suggestion.Propose(section, new TextAnchor(6, 11), 0, text, "accepted", Aisha, Ten);
        var theirs = TextOperation.Insert(text.Length, 8, "XX"); // "Risks noXXted."
        var now = theirs.Apply(text);

        var refused = Assert.Throws<DomainRuleException>(() => suggestion.EditOn(section, suggestion.Anchor.Through(theirs), now));
        Assert.Contains("edited since", refused.Message);
        Assert.True(suggestion.IsOpen);
    }

    /// <summary>
    /// The property acceptance depends on. A suggestion is made on a text; rounds of two members' concurrent edits are
    /// sequenced as the server does, and its range goes through the log. Then: while no edit touched the characters
    /// inside the range, accepting it at the head gives exactly what the OT engine gives for the same change submitted
    /// at the revision it was made on (the change lands where the reviewer meant, everyone else's words kept); once an
    /// edit changed the range's text, accepting is refused.
    /// </summary>
    [Fact]
    public void UnderConcurrentEdits_AcceptingLandsAsTheOtEngineWould_OrIsRefusedOnceTheRangeChanged()
    {
        var section = Section();
        var (landed, refused) = (0, 0);
        Gen.Select(Gen.Int[0, 30], Gen.Int, Gen.Int[1, 6]).Sample((size, seed, rounds) =>
        {
            var random = new Random(seed);
            var doc = TaggedText.Of(RandomEdits.Text(random, size));
            // A range on whole characters: an edge never falls between the two halves of a surrogate pair.
            var start = Whole(doc.Text, random.Next(doc.Length + 1));
            var end = Whole(doc.Text, start + random.Next(doc.Length - start + 1));
            var replacement = RandomEdits.Text(random, 4);
            if (replacement == doc.Text[start..end])
            {
                return;
            }
            var suggestion = Suggestion.Propose(section, new TextAnchor(start, end), 0, doc.Text, replacement, Aisha, Ten);
            var inside = doc.Tags[start..end];
            var asAnEdit = TextOperation.Replace(doc.Length, start, end - start, replacement);
            var anchor = suggestion.Anchor;
            for (var round = 0; round < rounds; round++)
            {
                var text = doc.Text;
                var mine = RandomEdits.Operation(random, text);
                var theirs = RandomEdits.Operation(random, text);
                var (_, theirsAfterMine) = TextOperation.Transform(mine, theirs);
                foreach (var sequenced in new[] { mine, theirsAfterMine })
                {
                    doc = doc.Apply(sequenced);
                    anchor = anchor.Through(sequenced);
                    asAnEdit = TextOperation.Transform(sequenced, asAnEdit).RightPrime;
                }
            }

            var untouched = doc.Tags.AsSpan(anchor.Start, anchor.Length).SequenceEqual(inside);
            if (untouched)
            {
                Assert.Equal(asAnEdit.Apply(doc.Text), suggestion.EditOn(section, anchor, doc.Text).Apply(doc.Text));
                Interlocked.Increment(ref landed);
            }
            else if (doc.Text[anchor.Start..anchor.End] != suggestion.Original)
            {
                Assert.Throws<DomainRuleException>(() => suggestion.EditOn(section, anchor, doc.Text));
                Interlocked.Increment(ref refused);
            }
        }, iter: Iterations);
        // Both outcomes were tried, many times (not a property that held because nothing reached it).
        Assert.True(landed > Iterations / 10 && refused > Iterations / 10, $"landed {landed}, refused {refused}");
    }

    private static int Whole(string text, int index) => index < text.Length && char.IsLowSurrogate(text[index]) ? index + 1 : index;
}
