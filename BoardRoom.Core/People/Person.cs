using BoardRoom.Core.Common;

namespace BoardRoom.Core.People;

/// <summary>Someone who sits on boards. The login account (in the app) points at a person.</summary>
public sealed class Person
{
    private Person()
    {
        FullName = string.Empty;
        Email = string.Empty;
    }

    public PersonId Id { get; private set; }

    public string FullName { get; private set; }

    public string Email { get; private set; }

    public static Person Create(string fullName, string email)
    {
        var person = new Person { Id = PersonId.New() };
        person.Rename(fullName);
        person.ChangeEmail(email);
        return person;
    }

    public void Rename(string fullName) => FullName = Require.Text(fullName, "Name", 120);

    public void ChangeEmail(string email)
    {
        var e = Require.Text(email, "Email", 254);
        if (!e.Contains('@', StringComparison.Ordinal) || e.StartsWith('@') || e.EndsWith('@'))
        {
            throw new DomainRuleException($"'{e}' is not an email address.");
        }
        Email = e.ToLowerInvariant();
    }

    public string Initials => string.Concat(FullName.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(p => char.IsLetter(p[0])).Select(p => p[0]).Take(2));
}
