using BoardRoom.Core.People;
using Microsoft.AspNetCore.Identity;

namespace BoardRoom.App.Data;

/// <summary>A login account. Who the account belongs to (name, boards) lives on the linked <see cref="Person"/>.</summary>
public sealed class ApplicationUser : IdentityUser
{
    public PersonId PersonId { get; set; }
}
