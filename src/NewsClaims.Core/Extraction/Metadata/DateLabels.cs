namespace NewsClaims.Core.Extraction.Metadata;

/// <summary>
/// The words that label a dateline in the languages <see cref="DateText"/> reads besides English: "Veröffentlicht am",
/// "Publié le", "Publicado el", "Pubblicato il", "Gepubliceerd op"; "Aktualisiert am", "Mis à jour le", "Actualizado el".
/// </summary>
/// <remarks>Regex fragments, shared by the date search and the body's dateline-line filter.</remarks>
internal static class DateLabels
{
    private const string Preposition = @"(?:\s+(?:am|le|el|em|il|op|den))?";

    public const string Published =
        @"(?:veröffentlicht|erschienen|publié|publicado|pubblicato|gepubliceerd|publicerad|publisert)" + Preposition;

    public const string Updated =
        @"(?:(?:zuletzt\s+)?aktualisiert|geändert|(?:dernière\s+)?mise? à jour|actualizado|última actualización|atualizado|" +
        @"aggiornato|ultimo aggiornamento|(?:laatst\s+)?bijgewerkt|uppdaterad|oppdatert)" + Preposition;
}
