using NewsClaims.Core.Extraction;
using NewsClaims.Core.Extraction.Content;
using NewsClaims.Core.Extraction.Metadata;

namespace NewsClaims.Core.Tests.Extraction;

/// <summary>Datelines, bylines and furniture of pages written in German, French, Spanish, Italian, Portuguese and Dutch.</summary>
public sealed class OtherLanguagesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("19. November 2026", "2026-11-19")]
    [InlineData("3. März 2026", "2026-03-03")]
    [InlineData("Veröffentlicht am 19.11.2026 um 14:30 Uhr", "2026-11-19T14:30:00")]
    [InlineData("19.11.2026, 14:30 MEZ", "2026-11-19T14:30:00+01:00")]
    [InlineData("1er décembre 2026", "2026-12-01")]
    [InlineData("Publié le 4 déc. 2026 à 14h30", "2026-12-04T14:30:00")]
    [InlineData("19 de noviembre de 2026", "2026-11-19")]
    [InlineData("20 de novembro de 2026 às 09h12", "2026-11-20T09:12:00")]
    [InlineData("3 dicembre 2026 alle 10:15", "2026-12-03T10:15:00")]
    [InlineData("12 mrt. 2026", "2026-03-12")]
    [InlineData("HealthDECEMBER 22, 2025", "2025-12-22")]
    [InlineData("Marta LindDecember 17, 2025", "2025-12-17")]
    [InlineData("2026年11月19日 14:30", "2026-11-19T14:30:00")]
    [InlineData("2026年11月19日 17時30分", "2026-11-19T17:30:00")]
    [InlineData("2026년 3월 5일", "2026-03-05")]
    [InlineData("19 ноября 2026, 14:30", "2026-11-19T14:30:00")]
    [InlineData("3 października 2026", "2026-10-03")]
    [InlineData("19 Kasım 2026", "2026-11-19")]
    [InlineData("5 Agustus 2026", "2026-08-05")]
    public void Dates_written_in_other_languages_are_read(string text, string iso) =>
        Assert.Equal(iso, DateText.Parse(text, dayFirst: true)?.Iso);

    [Theory]
    [InlineData("Gate 12, 2025")]
    [InlineData("Tickets 4 2026")]
    [InlineData("Lines 3 and 12, 2025")]
    public void A_word_in_a_months_place_that_is_no_month_gives_no_date(string text) =>
        Assert.Null(DateText.Parse(text));

    [Theory]
    [InlineData("Anzeige")]
    [InlineData("PUBLICITÉ")]
    [InlineData("Lesen Sie auch: Neue Fährlinie nach Kiel startet im Mai")]
    [InlineData("Lire aussi : Le port de Brest agrandit son terminal")]
    [InlineData("Lee también: El ayuntamiento aprueba el nuevo presupuesto")]
    [InlineData("Leggi anche")]
    [InlineData("Teilen")]
    [InlineData("Commentaires")]
    [InlineData("5 Min. Lesezeit")]
    [InlineData("Foto: Harbour Press Agentur")]
    [InlineData("Nach oben")]
    [InlineData("Jetzt abonnieren und weiterlesen")]
    [InlineData("© Hafenblatt 2026. Alle Rechte vorbehalten.")]
    [InlineData("Mehr zum Thema: Hafengebühren steigen zum Jahreswechsel")]
    [InlineData("Partager sur Facebook")]
    [InlineData("Noticias relacionadas")]
    [InlineData("Impressum")]
    [InlineData("Empfehlungen der Redaktion")]
    [InlineData("Newsletter abonnieren")]
    [InlineData("Vous pouvez lire Le Courrier du Port sur un seul appareil à la fois.")]
    [InlineData("Tu suscripción se está usando en otro dispositivo")]
    [InlineData("¿Quieres añadir otro usuario a tu suscripción?")]
    [InlineData("Читайте также: В порту открыли новый терминал")]
    [InlineData("Czytaj także")]
    [InlineData("（责任编辑：李华）")]
    [InlineData("分享到：")]
    [InlineData("相关新闻")]
    [InlineData("関連記事")]
    [InlineData("浙ICP备12345678号-1")]
    public void Furniture_in_other_languages_is_left_out(string line) =>
        Assert.True(BoilerplateLines.IsBoilerplate(line), line);

    [Theory]
    [InlineData("Teilen sich zwei Gemeinden einen Hafen, zahlen beide für den Lotsendienst, sagte der Bürgermeister.")]
    [InlineData("Anzeigen gegen den Betreiber liegen der Polizei bisher nicht vor.")]
    [InlineData("Foto- und Filmaufnahmen sind an Bord der Fähre künftig verboten.")]
    [InlineData("Partager les quais avec les plaisanciers reste une difficulté, selon la capitainerie.")]
    public void Sentences_that_begin_with_those_words_are_kept(string line) =>
        Assert.False(BoilerplateLines.IsBoilerplate(line), line);

    [Theory]
    [InlineData("Von Marta Lind")]
    [InlineData("Par Marta Lind et Ilka Brandt")]
    [InlineData("Por Marta Lind | Hamburgo")]
    [InlineData("Veröffentlicht am 19.11.2026")]
    [InlineData("Mis à jour le 20 novembre 2026")]
    [InlineData("vor 3 Stunden")]
    [InlineData("il y a 3 heures")]
    [InlineData("3 uur geleden")]
    public void Bylines_and_datelines_in_other_languages_are_recognised(string line) =>
        Assert.True(BoilerplateLines.IsBylineOrDateline(line), line);

    [Theory]
    [InlineData("Von Montag an fahren die Fähren nur noch stündlich.")]
    [InlineData("Par ailleurs, le port prévoit deux nouveaux quais.")]
    public void Sentences_starting_with_by_in_other_languages_are_not_bylines(string line) =>
        Assert.False(BoilerplateLines.IsBylineOrDateline(line), line);

    [Fact]
    public void A_german_news_page_is_dated_signed_and_cleaned()
    {
        const string html = """
            <html lang="de"><head><title>Neue Fähre zwischen Kiel und Laboe | Hafenblatt</title></head><body>
            <article><h1>Neue Fähre zwischen Kiel und Laboe</h1>
            <p class="byline">Von Marta Lind</p>
            <p class="dateline">Veröffentlicht am 18.11.2026, 09:40 Uhr</p>
            <p>Die Förde bekommt im kommenden Frühjahr eine zweite Elektrofähre. Der Kreistag bewilligte am Dienstag 14 Millionen Euro für das Schiff, das bis zu 300 Fahrgäste befördern soll.</p>
            <p>Anzeige</p>
            <p>Nach Angaben der Verkehrsbetriebe soll die neue Fähre die Fahrzeit um zehn Minuten verkürzen. Die Werft in Rendsburg hat den Auftrag bereits im Sommer erhalten.</p>
            <p>Lesen Sie auch: Hafengebühren steigen zum Jahreswechsel</p>
            <p>Pendler hatten sich seit Jahren über volle Schiffe im Berufsverkehr beklagt, sagte ein Sprecher des Fahrgastverbands.</p>
            </article></body></html>
            """;
        var article = ArticleExtractor.Extract(html, "https://hafenblatt.example/kiel/neue-faehre", Now);
        Assert.Equal("2026-11-18T09:40:00", article.Published?.Local);
        Assert.Equal(["Marta Lind"], article.Authors);
        Assert.Contains("Elektrofähre", article.Text);
        Assert.DoesNotContain("Anzeige", article.Text);
        Assert.DoesNotContain("Lesen Sie auch", article.Text);
        Assert.DoesNotContain("Veröffentlicht", article.Text);
    }

    [Fact]
    public void A_french_page_that_shows_only_its_update_is_dated_by_it()
    {
        const string html = """
            <html lang="fr"><head><title>Le port de Brest agrandit son terminal</title></head><body>
            <article><h1>Le port de Brest agrandit son terminal</h1>
            <p class="meta">Mis à jour le 20 novembre 2026</p>
            <p>Le conseil régional a voté jeudi une enveloppe de 40 millions d'euros pour agrandir le terminal des ferries, qui accueille désormais plus de 600 000 passagers par an.</p>
            <p>Les travaux doivent commencer au printemps et durer deux ans, selon la capitainerie, qui promet de maintenir toutes les liaisons pendant le chantier.</p>
            </article></body></html>
            """;
        var article = ArticleExtractor.Extract(html, "https://ouest.example/brest/terminal", Now);
        Assert.Equal("2026-11-20", article.Published?.Local);
        Assert.Equal("2026-11-20", article.Modified?.Local);
    }

    [Fact]
    public void A_german_consent_wall_is_not_an_article()
    {
        const string html = """
            <html lang="de"><head><title>Hafenblatt</title></head><body><div class="cmp">
            <h1>Bevor Sie weiterlesen</h1>
            <p>Wir und unsere 96 Partner speichern und verwenden Cookies und ähnliche Techniken auf Ihrem Gerät, um Reichweite zu messen und Ihnen personalisierte Werbung zu zeigen. Mit einem Klick auf „Alle akzeptieren“ geben Sie Ihre Einwilligung, die Sie jederzeit widerrufen können; unter „Einstellungen verwalten“ wählen Sie selbst.</p>
            <p><button>Alle akzeptieren</button> <button>Alle ablehnen</button> <a href="/cmp">Einstellungen verwalten</a></p>
            </div></body></html>
            """;
        var article = ArticleExtractor.Extract(html, "https://hafenblatt.example/kiel/neue-faehre", Now);
        Assert.False(article.IsArticle);
        Assert.Equal("consent-wall", article.NotArticleReason);
    }

    [Fact]
    public void A_french_teaser_cut_off_for_subscribers_is_a_paywall()
    {
        const string html = """
            <html lang="fr"><head><title>Le port de Brest agrandit son terminal</title></head><body>
            <article><h1>Le port de Brest agrandit son terminal</h1>
            <p>Le conseil régional a voté jeudi une enveloppe de 40 millions d'euros pour agrandir le terminal des ferries.</p>
            <p>Cet article est réservé aux abonnés. Abonnez-vous pour lire la suite.</p>
            </article></body></html>
            """;
        var article = ArticleExtractor.Extract(html, "https://ouest.example/brest/terminal", Now);
        Assert.Equal("paywall", article.NotArticleReason);
    }

    [Fact]
    public void A_free_article_beside_teasers_for_subscriber_stories_is_an_article()
    {
        const string html = """
            <html lang="de"><head><title>Neue Fähre zwischen Kiel und Laboe</title></head><body>
            <article><h1>Neue Fähre zwischen Kiel und Laboe</h1>
            <p>Die Förde bekommt im kommenden Frühjahr eine zweite Elektrofähre, der Kreistag bewilligte am Dienstag 14 Millionen Euro.</p>
            <p>Die Werft in Rendsburg hat den Auftrag bereits im Sommer erhalten.</p></article>
            <aside><a href="/plus/hafen">Hafengebühren steigen – nur für Abonnenten</a></aside></body></html>
            """;
        var article = ArticleExtractor.Extract(html, "https://hafenblatt.example/kiel/neue-faehre", Now);
        Assert.True(article.IsArticle, article.NotArticleReason);
    }

    [Fact]
    public void Share_ad_and_comment_boxes_named_in_german_are_left_out()
    {
        const string html = """
            <html lang="de"><head><title>Neue Fähre zwischen Kiel und Laboe</title></head><body>
            <article><h1>Neue Fähre zwischen Kiel und Laboe</h1>
            <p>Die Förde bekommt im kommenden Frühjahr eine zweite Elektrofähre. Der Kreistag bewilligte am Dienstag 14 Millionen Euro für das Schiff, das bis zu 300 Fahrgäste befördern soll.</p>
            <div class="artikel-teilen"><span>Per Mail versenden</span> <span>Link kopieren</span></div>
            <div class="werbung-mitte"><p>Sonderangebot: Fährtickets zum halben Preis im Reisebüro Nordlicht, nur diese Woche.</p></div>
            <p>Nach Angaben der Verkehrsbetriebe soll die neue Fähre die Fahrzeit um zehn Minuten verkürzen. Die Werft in Rendsburg hat den Auftrag bereits im Sommer erhalten.</p>
            <section class="kommentare"><p>Leser Jan: Endlich! Die alte Fähre war jeden Morgen überfüllt, und im Winter fiel sie ständig aus.</p></section>
            </article></body></html>
            """;
        var article = ArticleExtractor.Extract(html, "https://hafenblatt.example/kiel/neue-faehre", Now);
        Assert.Contains("Fahrzeit", article.Text);
        Assert.DoesNotContain("Link kopieren", article.Text);
        Assert.DoesNotContain("Sonderangebot", article.Text);
        Assert.DoesNotContain("Endlich", article.Text);
    }
    private const string FrenchStory = """
        <p>La ligne de bus 12, qui relie la gare au nouvel hôpital, passera toutes les huit minutes dès le mois de janvier, a annoncé lundi la communauté urbaine.</p>
        <p>Le renfort coûtera 1,8 million d'euros par an, financés pour moitié par la région, selon le vice-président chargé des transports.</p>
        <p>La fréquentation de la ligne a doublé depuis l'ouverture de l'hôpital en 2025, avec près de 9 000 voyageurs par jour.</p>
        <p>Les syndicats de chauffeurs réclament de leur côté l'embauche de quinze conducteurs supplémentaires avant l'hiver.</p>
        """;

    [Fact]
    public void A_whole_article_marked_for_subscribers_is_an_article_not_a_paywall()
    {
        // Many papers serve subscribers' articles whole, marked isAccessibleForFree=false for search engines.
        var html = $$$"""
            <html lang="fr"><head><title>Le bus 12 passera toutes les huit minutes</title>
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Le bus 12 passera toutes les huit minutes","isAccessibleForFree":false,"hasPart":{"@type":"WebPageElement","isAccessibleForFree":false,"cssSelector":".suite"}}</script></head><body>
            <article><h1>Le bus 12 passera toutes les huit minutes</h1><p>Article réservé aux abonnés</p><div class="suite">{{{FrenchStory}}}</div>
            <section><h3>Réagir</h3><p>Les commentaires sont réservés aux abonnés du journal depuis le mois de mars.</p></section></article></body></html>
            """;
        var article = ArticleExtractor.Extract(html, "https://courrier.example/transports/bus-12", Now);
        Assert.True(article.IsArticle, article.NotArticleReason);
        Assert.Contains("quinze conducteurs", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("commentaires sont réservés", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_teaser_whose_paid_part_is_missing_is_a_paywall_however_long_its_lead()
    {
        var html = $$$"""
            <html lang="fr"><head><title>Le bus 12 passera toutes les huit minutes</title>
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Le bus 12 passera toutes les huit minutes","isAccessibleForFree":"False","hasPart":[{"@type":"WebPageElement","cssSelector":".suite"}]}</script></head><body>
            <article><h1>Le bus 12 passera toutes les huit minutes</h1>{{{FrenchStory}}}<div class="suite"></div></article></body></html>
            """;
        Assert.Equal("paywall", ArticleExtractor.Extract(html, "https://courrier.example/transports/bus-12", Now).NotArticleReason);
    }

    [Fact]
    public void A_spanish_author_box_under_the_text_is_left_out()
    {
        const string html = """
            <html lang="es"><head><title>La línea 12 pasará cada ocho minutos</title></head><body>
            <article><h1>La línea 12 pasará cada ocho minutos</h1>
            <p>El autobús de la línea 12, que une la estación con el nuevo hospital, pasará cada ocho minutos a partir de enero, anunció el lunes el ayuntamiento.</p>
            <p>El refuerzo costará 1,8 millones de euros al año, la mitad a cargo de la comunidad autónoma, según el concejal de Movilidad.</p>
            <p>La línea ha duplicado sus viajeros desde la apertura del hospital, con casi 9.000 al día.</p>
            <div><h3>Sobre la firma</h3><p>Redactora de Local desde 2018. Antes trabajó en la radio.</p></div></article></body></html>
            """;
        var text = ArticleExtractor.Extract(html, "https://diario.example/local/linea-12", Now).Text;
        Assert.Contains("9.000 al día", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Redactora de Local", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_japanese_lead_of_short_sentences_is_kept_and_the_short_lines_before_it_are_not()
    {
        // A Japanese sentence of thirty characters says as much as an English one of ninety.
        const string html = """
            <html lang="ja"><body><main><article><h1>港町の新フェリー、来春就航へ</h1>
            <div class="article-body"><p>写真</p><p>北浜港と対岸の島を結ぶ新しいフェリーが、来年4月に就航する。</p><p>運航会社が19日、発表した。</p>
            <p>新しい船は定員350人で、車両40台を積むことができる。所要時間は現在より10分短い約35分になるという。</p>
            <p>会社の担当者は「揺れの少ない船で、安心して利用してほしい」と話している。島では通院や買い物で本土に渡る住民が多い。</p></div>
            </article></main></body></html>
            """;
        var text = ArticleExtractor.Extract(html, "https://shimbun.example/articles/k001.html", Now).Text;
        Assert.StartsWith("北浜港と対岸の島を結ぶ", text, StringComparison.Ordinal);
        Assert.Contains("運航会社が19日、発表した。", text, StringComparison.Ordinal);
        Assert.DoesNotContain("写真", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Aktualisiert am 19.11.2026, 18:02 Uhr")]
    [InlineData("Mis à jour le 19 novembre 2026 à 18h02")]
    [InlineData("Última actualización: 19 de noviembre de 2026")]
    public void A_labelled_date_line_under_the_text_is_left_out_in_other_languages(string line)
    {
        var html = $"""
            <html><body><article><h1>Linie 12</h1>
            <p>Der Bus der Linie 12 fährt ab Januar alle acht Minuten zwischen Bahnhof und neuem Klinikum, teilte die Stadt am Montag mit.</p>
            <p>Die Verstärkung kostet 1,8 Millionen Euro im Jahr; die Hälfte trägt das Land, sagte der Verkehrsdezernent.</p>
            <p>Seit der Eröffnung des Klinikums hat sich die Zahl der Fahrgäste auf der Linie fast verdoppelt, auf rund 9000 am Tag.</p>
            <p>Die Stadtwerke wollen dafür sechs zusätzliche Fahrerinnen und Fahrer einstellen; die Ausschreibung läuft bis Ende Dezember.</p>
            <p>{line}</p></article></body></html>
            """;
        var text = ArticleExtractor.Extract(html, "https://zeitung.example/lokal/linie-12", Now).Text;
        Assert.Contains("Verkehrsdezernent", text, StringComparison.Ordinal);
        Assert.DoesNotContain("19", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-CN", "作者：王小明", "王小明")]
    [InlineData("ru", "Автор: Анна Петрова", "Анна Петрова")]
    public void A_byline_labelled_in_chinese_or_russian_gives_the_name_alone(string lang, string byline, string name)
    {
        var html = $"""
            <html lang="{lang}"><head><title>Harbour</title></head><body><article><h1>Harbour</h1><div class="info"><span class="author">{byline}</span></div>
            <p>{new string('港', 60)}</p><p>{new string('船', 60)}</p></article></body></html>
            """;
        Assert.Equal([name], ArticleExtractor.Extract(html, "https://news.example/harbour", Now).Authors);
    }
}
