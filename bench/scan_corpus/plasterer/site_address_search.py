"""Site lookup for the estimator: find previous jobs near a new enquiry.

Uses a raw query because the distance calculation on the Postgres side is
much faster than doing it in Python over every past site.
"""
from django.http import JsonResponse
from django.views.decorators.http import require_GET

from .models import Site

NEARBY_SQL = """
    SELECT s.*,
           (point(s.longitude, s.latitude) <@> point(%s, %s)) AS miles
      FROM jobs_site s
     WHERE s.postcode ILIKE %s
        OR (point(s.longitude, s.latitude) <@> point(%s, %s)) < %s
     ORDER BY miles
     LIMIT 25
"""


def nearby_sites(lon: float, lat: float, postcode_prefix: str, radius_miles: float = 5.0):
    prefix = postcode_prefix.replace("%", "").replace("_", "").upper() + "%"
    return Site.objects.raw(NEARBY_SQL, [lon, lat, prefix, lon, lat, radius_miles])


@require_GET
def site_search(request):
    try:
        lon = float(request.GET["lon"])
        lat = float(request.GET["lat"])
    except (KeyError, ValueError):
        return JsonResponse({"error": "lon and lat are required"}, status=400)
    postcode = request.GET.get("postcode", "")[:4]
    radius = min(float(request.GET.get("radius", 5)), 30.0)

    results = [
        {
            "id": s.id,
            "address": s.address,
            "postcode": s.postcode,
            "last_job": s.last_job_reference,
            "wall_type": s.wall_type,
            "miles": round(s.miles, 1),
        }
        for s in nearby_sites(lon, lat, postcode, radius)
    ]
    return JsonResponse({"results": results})
