"""Stand bookings for antiquarian map and book fairs (Django)."""
from django.db import connection, models
from django.http import JsonResponse
from django.views.decorators.http import require_GET


class FairBooking(models.Model):
    fair_name = models.CharField(max_length=120)
    city = models.CharField(max_length=80)
    opens = models.DateField()
    stand_no = models.CharField(max_length=10)
    fee_gbp = models.DecimalField(max_digits=8, decimal_places=2)
    status = models.CharField(max_length=20, default="provisional")

    class Meta:
        app_label = "fairs"


def bookings_in_city(city: str, year: int):
    return FairBooking.objects.raw(
        "SELECT * FROM fairs_fairbooking WHERE lower(city) = lower(%s) "
        "AND EXTRACT(YEAR FROM opens) = %s ORDER BY opens",
        [city, year],
    )


def stand_costs_by_fair(name_fragment: str):
    with connection.cursor() as cur:
        cur.execute(
            "SELECT fair_name, count(*), sum(fee_gbp) FROM fairs_fairbooking "
            "WHERE fair_name ILIKE %s AND status <> 'cancelled' GROUP BY fair_name",
            ["%" + name_fragment.replace("%", r"\%").replace("_", r"\_") + "%"],
        )
        return cur.fetchall()


@require_GET
def city_bookings(request):
    city = request.GET.get("city", "")
    try:
        year = int(request.GET.get("year", "0"))
    except ValueError:
        return JsonResponse({"error": "year must be a number"}, status=400)
    data = [
        {"fair": b.fair_name, "opens": b.opens.isoformat(), "stand": b.stand_no, "status": b.status}
        for b in bookings_in_city(city, year)
    ]
    return JsonResponse({"city": city, "bookings": data})


@require_GET
def fair_costs(request):
    rows = stand_costs_by_fair(request.GET.get("q", ""))
    return JsonResponse(
        {"fairs": [{"fair": n, "stands": c, "total_gbp": str(t)} for n, c, t in rows]}
    )
