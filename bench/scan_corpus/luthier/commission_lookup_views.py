"""Front-desk lookups for commissions by client email.

Used when a client phones or walks in without their commission number.
"""
from django.contrib.auth.decorators import login_required, permission_required
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, render

from .models import Commission


def _commissions_for_email(email: str):
    return Commission.objects.raw(
        "SELECT c.* FROM shop_commission c "
        "JOIN shop_client cl ON cl.id = c.client_id "
        "WHERE lower(cl.email) = lower('%s') "
        "ORDER BY c.created_at DESC" % email
    )


@login_required
@permission_required("shop.view_commission", raise_exception=True)
def lookup(request):
    email = request.GET.get("email", "").strip()
    results = []
    if email:
        results = list(_commissions_for_email(email))
    page = Paginator(results, 25).get_page(request.GET.get("page"))
    return render(
        request,
        "shop/commission_lookup.html",
        {"email": email, "page": page, "count": len(results)},
    )


@login_required
@permission_required("shop.view_commission", raise_exception=True)
def detail(request, pk: int):
    commission = get_object_or_404(
        Commission.objects.select_related("client", "instrument_model"), pk=pk
    )
    milestones = commission.milestones.order_by("due_on")
    return render(
        request,
        "shop/commission_detail.html",
        {"commission": commission, "milestones": milestones},
    )
