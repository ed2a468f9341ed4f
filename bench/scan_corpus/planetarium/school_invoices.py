"""Teacher-portal views: booking summaries and invoice downloads."""
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_GET

from .models import SchoolBooking


@login_required
@require_GET
def booking_summary(request, ref):
    booking = get_object_or_404(SchoolBooking, ref=ref, school=request.user.school)
    return JsonResponse(
        {
            "ref": booking.ref,
            "visit_date": booking.visit_date.isoformat(),
            "show": booking.show.title,
            "pupils": booking.pupils,
            "staff": booking.staff,
            "balance_due": str(booking.balance_due),
        }
    )


@login_required
@require_GET
def booking_list(request):
    bookings = SchoolBooking.objects.filter(school=request.user.school).order_by("-visit_date")
    return JsonResponse({"bookings": [{"ref": b.ref, "visit_date": b.visit_date.isoformat()} for b in bookings]})


@login_required
@require_GET
def download_invoice(request):
    name = request.GET.get("name", "")
    if not name:
        raise Http404("no invoice requested")
    path = Path(settings.INVOICE_ROOT) / name
    if not path.is_file():
        raise Http404("invoice not found")
    return FileResponse(path.open("rb"), as_attachment=True, filename=path.name)
