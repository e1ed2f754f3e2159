namespace BoardRoom.Testing.Hosting;

/// <summary>Accounts of the demo board that the app seeds (<c>BoardRoom:SeedDemoData</c>), as tests and benchmarks sign in.</summary>
public static class DemoAccounts
{
    /// <summary>The password the app gives every demo account (<c>BoardRoom:DemoPassword</c>).</summary>
    public const string Password = "Demo-Board-2026!";

    /// <summary>Members and co-chairs of the demo board who may edit minutes.</summary>
    public static readonly IReadOnlyList<string> Editors =
    [
        "helen.marsh@rdfb.example", "oliver.bennett@rdfb.example", "fiona.macleod@rdfb.example", "rhys.evans@rdfb.example",
        "siobhan.doherty@rdfb.example", "aisha.rahman@rdfb.example", "tom.whitaker@rdfb.example", "grace.okafor@rdfb.example",
        "euan.campbell@rdfb.example", "carys.morgan@rdfb.example",
    ];

    /// <summary>Demo accounts that only read a section in the load benchmarks.</summary>
    public static readonly IReadOnlyList<string> Viewers =
    [
        "priya.raman@rdfb.example", "ben.carter@rdfb.example", "anna.schmidt@rdfb.example", "niamh.kelly@rdfb.example",
        "helena.novak@rdfb.example", "daniel.price@rdfb.example", "sarah.bell@rdfb.example", "marcus.lee@rdfb.example",
    ];
}
