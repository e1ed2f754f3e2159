namespace BoardRoom.Publishing.Documents;

/// <summary>A vertical unit of a published document: heading, paragraph, list, table and so on.</summary>
public abstract record Block
{
    private protected Block()
    {
    }
}
