"""Tariff portal: look up contracted heat tariffs per housing association."""
from django.db import models
from django.http import HttpResponseBadRequest, JsonResponse
from django.views import View


class AssociationTariff(models.Model):
    association_name = models.CharField(max_length=200)
    tariff_code = models.CharField(max_length=20)
    fixed_fee_eur = models.DecimalField(max_digits=10, decimal_places=2)
    energy_price_eur_mwh = models.DecimalField(max_digits=10, decimal_places=2)
    valid_from = models.DateField()

    LOOKUP_SQL = (
        "SELECT id, association_name, tariff_code, fixed_fee_eur, energy_price_eur_mwh, valid_from "
        "FROM portal_associationtariff WHERE association_name = '%s' ORDER BY valid_from DESC"
    )

    class Meta:
        app_label = "portal"

    @classmethod
    def history_for(cls, association: str):
        return cls.objects.raw(cls.LOOKUP_SQL % association)

    def as_dict(self) -> dict:
        return {
            "tariff": self.tariff_code,
            "fixed_fee_eur": str(self.fixed_fee_eur),
            "energy_price_eur_mwh": str(self.energy_price_eur_mwh),
            "valid_from": self.valid_from.isoformat(),
        }


class TariffHistoryView(View):
    """GET /portal/tariffs/?association=Woonstichting+Noord"""

    max_rows = 50

    def get(self, request):
        name = request.GET.get("association", "").strip()
        if not name:
            return HttpResponseBadRequest("association is required")
        rows = list(AssociationTariff.history_for(name)[: self.max_rows])
        return JsonResponse({"association": name, "tariffs": [r.as_dict() for r in rows]})
