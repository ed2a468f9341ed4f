"""Dashboard statistics that still read from the pre-migration tables."""
import datetime

from django.contrib.admin.views.decorators import staff_member_required
from django.db import connection
from django.http import JsonResponse
from django.utils import timezone


def _rows_as_dicts(cursor):
    columns = [col[0] for col in cursor.description]
    return [dict(zip(columns, row)) for row in cursor.fetchall()]


def signup_counts(days=30):
    since = timezone.now() - datetime.timedelta(days=days)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT date_trunc('day', created) AS day, count(*) AS n "
            "FROM legacy_accounts WHERE created >= %s GROUP BY 1 ORDER BY 1",
            [since],
        )
        return _rows_as_dicts(cursor)


def accounts_for_referrer(referrer_code):
    with connection.cursor() as cursor:
        cursor.execute("SELECT id, email, created FROM legacy_accounts WHERE referrer = '" + referrer_code + "' ORDER BY created DESC")
        return _rows_as_dicts(cursor)


@staff_member_required
def stats(request):
    days = min(int(request.GET.get("days", 30)), 365)
    payload = {"signups": signup_counts(days)}
    referrer = request.GET.get("ref")
    if referrer:
        payload["referred"] = accounts_for_referrer(referrer)
    return JsonResponse(payload)
