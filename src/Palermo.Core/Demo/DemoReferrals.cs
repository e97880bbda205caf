using Microsoft.EntityFrameworkCore;
using Palermo.Countries;
using Palermo.Data;
using Palermo.Screening;

namespace Palermo.Demo;

/// <summary>
/// Referral contacts for the demo countries, so the guide's "what to do next" shows something. Every one is
/// marked DEMO in its name, uses the reserved <c>.invalid</c> domain and a +000 number: none is a real service.
/// </summary>
public sealed class DemoReferrals(PalermoDbContext db, TimeProvider clock)
{
    private static readonly Dictionary<string, LocalizedNames> Names = new(StringComparer.Ordinal)
    {
        [ReferralKinds.NationalReferralMechanism] = new()
        {
            En = "DEMO – National referral mechanism (fictitious contact)",
            Fr = "DÉMO – Mécanisme national d'orientation (contact fictif)",
            Es = "DEMO – Mecanismo nacional de derivación (contacto ficticio)",
            Ru = "ДЕМО – Национальный механизм перенаправления (вымышленный контакт)",
            Zh = "演示 – 国家转介机制（虚构联系方式）",
            Ar = "تجريبي – الآلية الوطنية للإحالة (جهة اتصال وهمية)",
        },
        [ReferralKinds.Hotline] = new()
        {
            En = "DEMO – Trafficking hotline (fictitious number)",
            Fr = "DÉMO – Ligne d'assistance contre la traite (numéro fictif)",
            Es = "DEMO – Línea de ayuda contra la trata (número ficticio)",
            Ru = "ДЕМО – Горячая линия по борьбе с торговлей людьми (вымышленный номер)",
            Zh = "演示 – 打击人口贩运热线（虚构号码）",
            Ar = "تجريبي – الخط الساخن لمكافحة الاتجار بالأشخاص (رقم وهمي)",
        },
        [ReferralKinds.LabourInspectorate] = new()
        {
            En = "DEMO – Labour inspectorate (fictitious contact)",
            Fr = "DÉMO – Inspection du travail (contact fictif)",
            Es = "DEMO – Inspección del trabajo (contacto ficticio)",
            Ru = "ДЕМО – Трудовая инспекция (вымышленный контакт)",
            Zh = "演示 – 劳动监察机构（虚构联系方式）",
            Ar = "تجريبي – مفتشية العمل (جهة اتصال وهمية)",
        },
    };

    private static readonly LocalizedNames Description = new()
    {
        En = "Demonstration data: not a real service. A focal point replaces it with the country's real contact.",
        Fr = "Données de démonstration : il ne s'agit pas d'un service réel. Un point focal la remplace par le contact réel du pays.",
        Es = "Datos de demostración: no es un servicio real. Un punto focal lo sustituye por el contacto real del país.",
        Ru = "Демонстрационные данные: это не реальная служба. Координатор заменяет их реальным контактом страны.",
        Zh = "演示数据：并非真实服务。协调人应将其替换为本国的真实联系方式。",
        Ar = "بيانات تجريبية: ليست خدمة حقيقية. تستبدلها جهة الاتصال الوطنية بجهة الاتصال الحقيقية في البلد.",
    };

    public async Task EnsureAsync(CancellationToken cancellationToken = default)
    {
        var withContacts = await db.ReferralContacts.Select(c => c.CountryIso3).Distinct().ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        for (var c = 0; c < DemoAccounts.Countries.Count; c++)
        {
            var iso3 = DemoAccounts.Countries[c];
            if (withContacts.Contains(iso3, StringComparer.Ordinal)) continue;
            var host = iso3.ToLowerInvariant() + ".demo.invalid";
            for (var k = 0; k < ReferralKinds.All.Count; k++)
            {
                var kind = ReferralKinds.All[k];
                db.ReferralContacts.Add(new ReferralContact
                {
                    CountryIso3 = iso3,
                    Kind = kind,
                    Names = Copy(Names[kind]),
                    Descriptions = Copy(Description),
                    // +000 is no country calling code: the number cannot ring anywhere.
                    Phone = $"+000 555 0{c}{k}",
                    Url = $"https://{host}/{kind}",
                    Email = $"{kind}@{host}",
                    IsDemo = true,
                    UpdatedAt = now,
                });
            }
        }
        if (!db.ChangeTracker.HasChanges()) return;
        using (db.AuditAsSummary())
        {
            db.Record("demo.referral-contacts.loaded", nameof(ReferralContact), null);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private static LocalizedNames Copy(LocalizedNames names) => new() { Ar = names.Ar, Zh = names.Zh, En = names.En, Fr = names.Fr, Ru = names.Ru, Es = names.Es };
}
