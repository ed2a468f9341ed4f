from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_GET

from .models import Customer


def _normalize_phone(raw: str) -> str:
    return raw.replace(" ", "").replace("-", "").replace("(", "").replace(")", "")


@login_required
@require_GET
def customer_lookup(request):
    """Used by the call-center widget to find a caller by phone number."""
    phone = _normalize_phone(request.GET.get("phone", "").strip())
    if not phone:
        return JsonResponse({"results": []})
    account_id = request.user.profile.account_id
    sql = f"SELECT * FROM crm_customer WHERE phone_normalized = '{phone}' AND account_id = %s"
    customers = Customer.objects.raw(sql, [account_id])
    return JsonResponse(
        {
            "results": [
                {"id": c.pk, "name": c.full_name, "tier": c.tier}
                for c in customers
            ]
        }
    )
