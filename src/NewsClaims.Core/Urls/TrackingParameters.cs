namespace NewsClaims.Core.Urls;

/// <summary>Query parameters that only say how a reader arrived, never which article it is.</summary>
public static class TrackingParameters
{
    private static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "ttclid", "li_fat_id",
        "mc_cid", "mc_eid", "igshid", "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "oly_anon_id", "oly_enc_id",
        "vero_id", "rb_clickid", "s_cid", "ncid", "ocid", "cmpid", "icid", "smid", "sr_share", "ref_src",
        "ref_url", "soc_src", "soc_trk", "at_medium", "at_campaign", "at_custom1", "at_custom2", "at_custom3",
        "at_custom4", "__twitter_impression", "guccounter", "guce_referrer", "guce_referrer_sig", "share",
        "taid", "xtor", "cid", "mbid", "wt.mc_id", "wt_mc", "ito", "intcmp", "int_campaign", "CMP",
    };

    private static readonly string[] Prefixes = ["utm_", "pk_", "mtm_", "hsa_", "at_custom"];

    public static bool IsTracking(string name)
    {
        if (Names.Contains(name))
            return true;
        foreach (var prefix in Prefixes)
        {
            if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }
}
