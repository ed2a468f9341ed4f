"""Back-office customer lookup: find a client by postcode when they phone about an order."""
from django.contrib.admin.views.decorators import staff_member_required
from django.db import models
from django.http import JsonResponse
from django.views.decorators.http import require_GET


class Customer(models.Model):
    first_name = models.CharField(max_length=80)
    surname = models.CharField(max_length=80)
    email = models.EmailField()
    phone = models.CharField(max_length=32)
    postcode = models.CharField(max_length=12, db_index=True)
    shoe_size_uk = models.DecimalField(max_digits=4, decimal_places=1, null=True)
    last_ref = models.CharField(max_length=32, blank=True)

    class Meta:
        app_label = "crm"
        db_table = "crm_customer"


def _normalise_postcode(raw: str) -> str:
    return " ".join(raw.upper().split())


def customers_by_postcode(postcode: str):
    query = (
        "SELECT id, first_name, surname, email, phone, postcode, last_ref "
        "FROM crm_customer WHERE postcode = '%s' ORDER BY surname, first_name"
        % _normalise_postcode(postcode)
    )
    return Customer.objects.raw(query)


def _as_dict(c: Customer) -> dict:
    return {
        "id": c.id,
        "name": f"{c.first_name} {c.surname}",
        "email": c.email,
        "phone": c.phone,
        "postcode": c.postcode,
        "last_ref": c.last_ref or None,
    }


@staff_member_required
@require_GET
def lookup(request):
    postcode = request.GET.get("postcode", "")
    if not postcode.strip():
        return JsonResponse({"error": "postcode required"}, status=400)
    matches = [_as_dict(c) for c in customers_by_postcode(postcode)]
    return JsonResponse({"count": len(matches), "customers": matches})
