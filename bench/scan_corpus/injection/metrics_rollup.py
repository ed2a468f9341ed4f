"""Nightly rollup of page-view metrics into the daily summary table."""
import datetime
import logging

from django.core.management.base import BaseCommand
from django.db import connection, transaction
from django.utils import timezone

log = logging.getLogger(__name__)

ROLLUP_SQL = """
    INSERT INTO metrics_dailypageviews (site_id, day, path, views, uniques)
    SELECT site_id, %s, path, count(*), count(DISTINCT visitor_id)
    FROM metrics_pageview
    WHERE viewed_at >= %s AND viewed_at < %s AND site_id = ANY(%s)
    GROUP BY site_id, path
    ON CONFLICT (site_id, day, path) DO UPDATE
        SET views = EXCLUDED.views, uniques = EXCLUDED.uniques
"""


class Command(BaseCommand):
    help = "Aggregate raw page views for one day into metrics_dailypageviews."

    def add_arguments(self, parser):
        parser.add_argument("--day", type=datetime.date.fromisoformat)
        parser.add_argument("--site", type=int, action="append", dest="sites", required=True)

    def handle(self, *args, day=None, sites=(), **options):
        day = day or (timezone.localdate() - datetime.timedelta(days=1))
        start = timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))
        end = start + datetime.timedelta(days=1)
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(ROLLUP_SQL, [day, start, end, list(sites)])
            affected = cursor.rowcount
        log.info("rolled up %s rows for %s", affected, day)
        self.stdout.write(self.style.SUCCESS(f"{day}: {affected} rows"))
