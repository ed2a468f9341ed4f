"""Search the internal register of PPE certificates (Django)."""
from django.db import models
from django.http import JsonResponse
from django.views.decorators.http import require_GET


class SafetyCertificate(models.Model):
    cert_no = models.CharField(max_length=64, unique=True)
    style_code = models.CharField(max_length=32, db_index=True)
    standard = models.CharField(max_length=64)
    performance = models.CharField(max_length=32)  # e.g. "4X43F" for EN 388
    notified_body = models.CharField(max_length=128)
    valid_until = models.DateField()

    class Meta:
        app_label = "compliance"
        db_table = "safety_certificates"


def _like_escape(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def search_certificates(term: str, standard_prefix: str = ""):
    pattern = f"%{_like_escape(term)}%"
    std = f"{_like_escape(standard_prefix)}%"
    return SafetyCertificate.objects.raw(
        "SELECT id, cert_no, style_code, standard, performance, notified_body, valid_until "
        "FROM safety_certificates "
        "WHERE (style_code LIKE %s ESCAPE '\\' OR cert_no LIKE %s ESCAPE '\\') "
        "AND standard LIKE %s ESCAPE '\\' "
        "ORDER BY valid_until DESC",
        [pattern, pattern, std],
    )


@require_GET
def certificate_search(request):
    term = request.GET.get("q", "").strip()
    standard = request.GET.get("standard", "").strip()
    if len(term) < 2:
        return JsonResponse({"results": [], "hint": "type at least two characters"})
    results = [
        {
            "cert_no": c.cert_no,
            "style": c.style_code,
            "standard": c.standard,
            "performance": c.performance,
            "notified_body": c.notified_body,
            "valid_until": c.valid_until.isoformat(),
        }
        for c in search_certificates(term, standard)[:50]
    ]
    return JsonResponse({"results": results})
