using Palermo.Web.Accounts;
using Palermo.Web.Audit;
using Palermo.Web.Countries;
using Palermo.Web.Knowledge;
using Palermo.Web.Screening;
using Palermo.Web.TravelDocuments;
using Palermo.Web.Reporting;
using Palermo.Web.TreatyStatus;

namespace Palermo.Web.Api;

/// <summary>The JSON API under /api/v1; each capability maps its own group here.</summary>
public static class PalermoApi
{
    public static void MapPalermoApi(this IEndpointRouteBuilder app)
    {
        var v1 = app.MapGroup("/api/v1");
        v1.MapAuthApi();
        v1.MapAccountsApi();
        v1.MapCountriesApi();
        v1.MapTreatyStatusApi();
        v1.MapAuditApi();
        v1.MapKnowledgeApi();
        v1.MapScreeningApi();
        v1.MapTravelDocumentsApi();
        v1.MapCyclesApi();
        v1.MapSubmissionsApi();
        v1.MapCycleActionsApi();
        v1.MapQuestionnairesApi();
    }
}
