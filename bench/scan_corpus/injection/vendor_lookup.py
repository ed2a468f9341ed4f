from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_GET

from .models import Vendor

VENDOR_BY_VAT = (
    "SELECT v.* FROM procurement_vendor v "
    "JOIN procurement_vendoraccount a ON a.vendor_id = v.id "
    "WHERE v.vat_number = %s AND a.account_id = %s"
)


@login_required
@require_GET
def vendor_lookup(request):
    """Used by the purchase-order form to autofill vendor details."""
    vat = request.GET.get("vat", "").replace(" ", "").upper()
    if not vat:
        return JsonResponse({"results": []})
    vendors = Vendor.objects.raw(VENDOR_BY_VAT, [vat, request.user.profile.account_id])
    return JsonResponse(
        {"results": [{"id": v.pk, "name": v.legal_name, "country": v.country} for v in vendors]}
    )
