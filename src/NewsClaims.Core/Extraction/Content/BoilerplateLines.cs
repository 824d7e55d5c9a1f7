using System.Text.RegularExpressions;
using NewsClaims.Core.Extraction.Metadata;

namespace NewsClaims.Core.Extraction.Content;

/// <summary>Short lines that are furniture whatever element holds them: ad labels, share prompts, "read more" links, bylines.</summary>
public static partial class BoilerplateLines
{
    public static bool IsBoilerplate(string text) =>
        text.Length <= 160 && (Pattern().IsMatch(text) || SiteLine().IsMatch(text) || NewsControls().IsMatch(text) || OtherLanguages().IsMatch(text) || (text.Length <= 120 && (Rights().IsMatch(text) || PictureCredit().IsMatch(text))))
        || text.Length <= 200 && NewsletterPitch().IsMatch(text)
        || text.Length <= 300 && SectionRollCall().IsMatch(text)
        || text.Length <= 500 && FinePrint().IsMatch(text)
        || text.StartsWith("Lorem ipsum", StringComparison.OrdinalIgnoreCase);

    // A newsletter's pitch: "Get the week's news delivered to your inbox!", "Want tips sent straight to your inbox? Join …".
    // The inbox ends the promise (or a sign-up call follows it), so a sentence that goes on about an inbox is kept.
    [GeneratedRegex(@"^(?:.{0,100}?[?!.]\s+)?(?:(?:get|receive|want|sign up|subscribe)\b.{0,80}?|.{0,100}?\b(?:delivered|sent)\s+(?:right |straight |directly )?)\b(?:to|in|into) your (?:email )?inbox(?:\s+(?:every|each)\s+\w+|\s+(?:daily|weekly|monthly))?\s*[.?!:]?(?:\s+(?:sign up|subscribe|join)\b.{0,100})?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NewsletterPitch();

    // The line news portals print under every story listing their sections: "Get Current Updates on India News, Cricket
    // News … and Top Headlines", "Catch all the Business News, Market News … Updates on Harbour Money".
    [GeneratedRegex(@"^(?:get (?:the )?(?:current|latest) updates on|catch all the)\b.{0,250}\bnews\b.{0,200}(?:headlines|updates)\b.{0,80}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SectionRollCall();

    // Small print: the consent under a signup box ("By signing up, you agree to receive …"), a paper's print-edition
    // note ("A version of this article appears in print on …, Section A, Page 14 …"), a broadcaster's transcript caveat
    // and the embed code it offers for its player.
    [GeneratedRegex(@"^(?:by (?:signing up|subscribing|registering|submitting|continuing|clicking [^,.]{1,30}),? you (?:agree|consent|acknowledge|confirm)\b|a version of this (?:article|story|review) appear(?:s|ed) in print\b|accuracy and availability of [\w .&'’-]{1,40} transcripts may vary\b|embed\s*:?\s*<iframe\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FinePrint();

    /// <summary>A bare count ("312", "1.2K"): before the text, the likes and comments counters under a headline.</summary>
    public static bool IsBareCount(string text) => text.Length <= 8 && BareCount().IsMatch(text);

    [GeneratedRegex(@"^\d[\d,.]*[km]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BareCount();

    /// <summary>
    /// The heading that opens the readers' comments ("Comments", "Responses (14)", "Leave a Reply", "Discussion about this
    /// post"): what follows it is theirs, not the article's. A bare "Responses" or "Reactions" can head the story's own section.
    /// </summary>
    public static bool IsCommentsHeading(string text) => text.Length <= 60 && CommentsHeading().IsMatch(text);

    /// <summary>
    /// The heading of a box set under or beside the text that is not the article: the author's or reviewer's box
    /// ("Written by Owen Pryce", "About the author", "About the reviewer") or a disclaimer.
    /// </summary>
    public static bool IsAsideHeading(string text) => text.Length <= 70 && AsideHeading().IsMatch(text);

    [GeneratedRegex(@"^(?:written by\s+\p{Lu}.{1,50}|about (?:the|our) (?:author|writer|reporter|reviewer|contributor)s?|über (?:den|die) autor(?:in)?|à propos de l'auteur|sobre (?:el autor|la autora|la firma)|(?:(?:editorial|legal|medical|financial) )?disclaimer|haftungsausschluss|avertissement)\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AsideHeading();

    [GeneratedRegex(@"^(?:\d+\s+)?(?:comments?|(?:\d+\s+)?(?:responses?|replies)\s*\(?\d+\)?|(?:\d+\s+)(?:responses?|replies)|leave a (?:comment|reply)|post a comment|join the (?:discussion|conversation)|discussion about this (?:post|article|story)|kommentare|commentaires|réagir|comentarios|commenti|reacties)(?:\s*\(\d+\))?\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommentsHeading();

    /// <summary>
    /// A line that is only a date (with a weekday or time at most), or a date followed only by when it was updated
    /// ("November 19, 2026 10:41 AM UTC Updated 2 hours ago"): the page's dateline, already in the metadata.
    /// </summary>
    public static bool IsBareDate(string text) =>
        text.Length <= 100 && DateText.Find(text) is { } d && d.Index <= 16 &&
        (text.Length <= 48 && d.Length >= text.Length - 16 || UpdatedTail().IsMatch(text.AsSpan(d.Index + d.Length)));

    [GeneratedRegex(@"^\W*(?:updated|last updated)\b.{0,40}$", RegexOptions.IgnoreCase)]
    private static partial Regex UpdatedTail();

    /// <summary>
    /// "Last Updated on November 15, 2025", "Last modified on Thu 19 Nov 2026 16.02 GMT", "Aktualisiert am 19.11.2026": the
    /// page's dates, wherever the template prints them (often under the text), never a sentence of it.
    /// </summary>
    public static bool IsLabelledDate(string text) =>
        text.Length <= 90 && DateLabel().Match(text) is { Success: true } label && IsBareDate(text[label.Length..]);

    [GeneratedRegex(@"^(?:(?:(?:last|first)\s+)?(?:updated|modified|published|posted|reviewed)(?:\s+(?:on|at))?|" + DateLabels.Published + "|" + DateLabels.Updated + @")\s*:?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex DateLabel();

    /// <summary>A byline or dateline line ("By Jane Doe", "Published 3 hours ago") that belongs to metadata, not text.</summary>
    public static bool IsBylineOrDateline(string text) => text.Length <= 120 && Byline().IsMatch(text);

    [GeneratedRegex(@"^(?:advertisements?|advert|ad|sponsored(?: content)?|paid content|continue reading\b.*|read more\b.*|read next\b.*|related\s*:.*|related (?:stories|articles|content|coverage|reading)|see also\b.*|also read\b.*|more from\b.*|recommended(?: for you)?|share (?:this|on|via)\b.*|share|tweet|email|print|sign up\b.*|subscribe\b.*|follow us\b.*|click here\b.*|listen to this article.*|\d+ min(?:ute)?s? read|skip to (?:main )?content|back to top|story continues below.*|image:.*|photo:.*|credit:.*|(?:photo|image|illustration) (?:by|credit|courtesy)\b.*|©.*|copyright\b.*|all rights reserved.*|(?:loading|please wait)\b.{0,40}|\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|gmt|utc|bst|cet|[ecmp][sd]?t))?|this (?:content|video) (?:is|can)\b.*not available.*|we use cookies\b.*|(?:accept|reject) (?:all )?cookies.*|comments?|\d+ comments?|leave a (?:comment|reply).*|tags?\s*:.*|filed under\b.*|topics?\s*:.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    // Site links, calls to action, recirculation labels, reading times and affiliate notices printed inside the body.
    [GeneratedRegex(@"^(?:share (?:it|article|this (?:article|story|post|page))[!.]?|sign in|sign out|log ?in|log ?out|register|privacy policy|cookie policy|terms (?:&|and) conditions|terms of (?:use|service)|contact us|about us|back to (?:the )?(?:blog|blogs|articles|news|all posts|top)\b.*|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)\b.*|(?:other )?(?:posts|articles|stories) you may (?:like|enjoy)\b.*|recommended (?:stories|articles|posts|reading)|(?:most )?popular (?:articles|posts|stories)|recent (?:posts|articles|stories)\s*:?|related (?:posts|links)\s*:?|more in [\w &-]{1,30}|more(?:\.\.\.|…)|table of contents|pin (?:this |it )?for later!?|article continues below\b.*|add [\w .&'-]{1,40} (?:as a preferred source )?on google\b.*|join medium\b.*|.{0,80}\bqualifying purchases\b.{0,80}|products are chosen independently\b.*|summari[sz]e with ai\s*:?|(?:.{0,60}[|·•]\s*)?\d+ min(?:ute)?s? read(?: time)?|comment via\s*:?|add a comment|newsletters?|(?:[^.?!]{1,60}[?!]\s+)?(?:join|sign up for|subscribe to) (?:our|the) (?:free )?(?:newsletter|mailing list)\b.*|(?:view|buy|shop|see (?:it|price|deals?)|check (?:the )?price|get (?:it|the deal)) (?:now )?(?:on|at|from) [\w .&'-]{1,30}|read (?:the|our|full) review|see (?:all )?packages|shop now|share your story|enjoyed this (?:piece|article|story|post)\?.*|this (?:story|article|journalism) is (?:funded|made possible) by (?:readers|people) like you\b.*|thank you(?: for (?:subscribing|signing up))?[!.]? please check your (?:inbox|email)\b.*|book a demo|request a (?:demo|quote|free consultation)\b.*|start (?:your )?free trial|get started(?: today)?[!.]?|apply now|download now|trending(?: (?:now|on [\w .&'-]{1,30}))?|topics|most read|latest (?:news|stories)|\d+ (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?) ago|(?:written|posted|authored|reviewed|edited|fact[- ]checked) by:? [\p{L}][\p{L} .,'’&-]{1,60}|(?:view|see|read) (?:all|more) (?:posts|articles|stories) (?:by|from) .{1,60})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SiteLine();

    // The controls and section labels big news templates print around a story: ad skips, "More on this story",
    // "Image source, …" and "Image caption, …" (spoken labels for screen readers), licensing and standards links,
    // gift and save buttons, rule lines.
    [GeneratedRegex(@"^(?:skip advertisement|ad feedback|related (?:topics|article|coverage)|more on this (?:story|topic)|top stories|most (?:viewed|shared|popular)" +
        @"|(?:elsewhere|also) on [\w .&'’-]{1,30}|explore more on (?:these|this) topics?|reuse this content|after newsletter promotion|suggested topics\s*:?" +
        @"|(?:new:?\s*)?you can now listen to [\w .&'’-]{1,40} articles?[!.]?|audio (?:for this article is|is) (?:not )?available\b.*" +
        @"|follow (?:topics|authors|this (?:topic|author))\b.{0,140}\b(?:feed|email updates|notifications?)\b.*|purchase licensing rights\b.*|.{1,80}, opens new tab|our standards\s*:.*|follow [\w'’ .&-]{1,30}['’]s? coverage\b.*|share (?:full|this) article|read the full (?:story|article)" +
        @"|image (?:source|caption), .*|copy link|save(?: (?:article|story))?|gift (?:this )?article|send any friend a story|see more on\s*:.*|order reprints\b.*|[_*=~—–-]{3,}" +
        // Counters under a post or its author: "42 followers · 18 following", "9 Comments". (A bare number is often a
        // step or a figure set on its own line, so only the extractor's lead-in check drops those.)
        @"|(?:\d[\d,.]*[km]?\s+(?:followers?|following|likes?|claps?|comments?|shares?|views?|responses?|reposts?)\s*[·•|,]?\s*)+)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NewsControls();

    // The same furniture in the languages news pages are most often written in besides English (German, French, Spanish,
    // Italian, Portuguese, Dutch, Scandinavian, and the commonest of Russian, Polish, Turkish, Chinese and Japanese):
    // ad labels, "read also" links, share and comment prompts, reading times, picture credits, subscription calls,
    // "back to top".
    [GeneratedRegex(@"^(?:anzeige|werbung|gesponsert|publicité|publicite|sponsorisé|publicidad|patrocinado|publicidade|pubblicità|advertentie|annonse|annons|reklame" +
        @"|(?:lesen sie (?:auch|mehr|hier)|mehr zum thema|auch interessant|das könnte sie (?:auch )?interessieren|weiterlesen|zum artikel|(?:à )?lire (?:aussi|également|la suite)|sur le même sujet|voir aussi" +
        @"|(?:lee|lea) también|leer más|te puede interesar|noticias relacionadas|(?:leia|veja) (?:também|mais)|leggi anche|potrebbe interessarti|per approfondire|lees (?:ook|meer)|les også|läs också)\b.*" +
        @"|teilen|(?:diesen )?artikel teilen|partager(?: (?:cet|l')article)?|compartir|compartilhar|condividi|delen|dela" +
        @"|(?:teilen|partager|compartir|compartilhar|condividi|delen) (?:auf|sur|en|no|su|op) (?:facebook|x|twitter|whatsapp|linkedin)" +
        @"|kommentare?|(?:jetzt )?kommentieren|commentaires?|réagir|comentarios?|comentários?|commenti|reacties?" +
        @"|impressum|datenschutz(?:erklärung)?|mentions légales|politique de confidentialité|aviso legal|política de privacidad|informativa (?:sulla )?privacy" +
        @"|startseite|zur startseite|accueil|inicio|drucken|imprimer|imprimir|stampa|merken|empfehlungen(?: der redaktion)?|weitere artikel|meistgelesen|les plus lus|lo más leído|i più letti" +
        @"|nach oben|retour en haut|volver arriba|torna su|voltar ao topo|terug naar boven" +
        @"|(?:lesezeit\s*:?\s*)?\d+\s*min(?:uten|utes|utos|uti)?\.?\s*(?:lesezeit|de lecture|de lectura|di lettura|de leitura|leestijd)?" +
        @"|(?:foto|fotos|bild|bilder|crédits? photo|imagen|fotografía|immagine)\s*:.*" +
        // A subscription shared between devices: "Vous pouvez lire … sur un seul appareil à la fois", "Tu suscripción se está
        // usando en otro dispositivo", "Your subscription is being used on another device".
        @"|.{0,80}\b(?:sur un seul appareil à la fois|(?:sur|dans) un autre appareil|en otro dispositivo|on another device|one device at a time|auf einem anderen gerät|otro usuario a tu suscripción|another (?:user|reader) to your subscription|un autre utilisateur à (?:votre|ton) abonnement)\b.{0,60}" +
        // Russian, Polish, Turkish: "Читайте также: …", "Czytaj także", "İlgili Haberler", share and ad labels.
        @"|(?:читайте также|смотрите также|czytaj (?:też|także|również)|zobacz (?:też|także))\b.*|поделиться\b.*|реклама|комментарии|reklama|udostępnij|ilgili haberler|paylaş|reklam" +
        // Chinese and Japanese: the editor's sign-off "（责任编辑：李华）", source and share lines, related lists, ad labels.
        @"|[（(]?(?:责任编辑|責任編輯|责编|编辑|編輯)[:：].{1,20}[）)]?|(?:来源|來源|出处)[:：].{1,40}|分享到[:：]?.{0,40}|相关(?:新闻|阅读|文章|报道)|相關(?:新聞|閱讀)|热门(?:排行|推荐|文章)|(?:上一篇|下一篇)[:：].*|返回(?:首页|顶部)|.{0,20}ICP[备證证][\s\d-]*号.*|广告|廣告|関連記事|広告|続きを読む|シェア(?:する)?" +
        @"|(?:jetzt )?abonnieren\b.*|newsletter abonnieren\b.*|abonnez-vous\b.*|inscrivez-vous à (?:notre|la) newsletter\b.*|suscríbete\b.*|assine\b.*|abbonati\b.*|iscriviti alla newsletter\b.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OtherLanguages();

    // A picture credit left on a line of its own when its caption was dropped: "Marta Lind/Getty Images", "(AP Photo/Marta
    // Lind)", "Photo: Marta Lind for Reuters". The agency ends the line: "Shutterstock expands its deal …" is a sentence.
    [GeneratedRegex(@"^\(?(?:(?:photo|image|picture)s?(?: credit)?\s*:\s*)?(?:[\p{L}\p{M} .,'’&-]{1,60}?\s*(?:/|\bvia\b|\bfor\b)\s*)?(?:getty images(?: for [\p{L} ]{1,30})?|shutterstock(?:\.com)?|istock(?:photo)?|alamy(?: stock photo)?|ap photo(?:/[\p{L} .'’-]{1,40})?|afp|reuters|epa(?:-efe)?|pa (?:wire|media)|dpa|bloomberg)\)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PictureCredit();

    [GeneratedRegex(@"(?i)\b(?:copyright|all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados|alle rechten voorbehouden)\b|©")]
    private static partial Regex Rights();

    [GeneratedRegex(@"^(?:(?:[Ww]ritten |[Pp]osted |[Rr]eported )?[Bb]y\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4}(?:\s*(?:,|and|&)\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4})*\b.{0,60}|(?i:published|updated|posted|last updated|first published)\s*(?i:on|at)?\s*:?.{0,60}|\d+\s+(?i:minutes?|hours?|days?)\s+ago" +
        // Other languages: "Von Marta Lind", "Par Marta Lind et Ilka Brandt" (capitalised names only: "Von Montag an …" is
        // a sentence), "Veröffentlicht am …", "vor 3 Stunden", "il y a 3 heures", "hace 3 horas", "3 uur geleden".
        @"|(?:[Vv]on|VON|[Pp]ar|PAR|[Pp]or|POR|[Dd]oor|[Aa]v|[Aa]f)\s+" + Name + @"(?:\s*(?:,|und|et|y|e|en|og|och|&)\s*" + Name + @")*(?:\s*[|,·•–—-].{0,60})?" +
        @"|(?i:" + DateLabels.Published + "|" + DateLabels.Updated + @")\s*:?.{0,60}|(?i:vor|il y a|hace|há)\s+\d+\s+\p{L}+|\d+\s+\p{L}+\s+(?i:fa|geleden|sedan|siden))$", RegexOptions.CultureInvariant)]
    private static partial Regex Byline();

    // A name of two to four capitalised words ("Marta Lind", "Ilka von Brandt").
    private const string Name = @"\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:von|van|de|da|del|der|di|du|le|la)\s+)?\p{Lu}[\p{L}'’.-]*){1,3}";
}
