"""Look up export shipments and their licence references for paperwork."""
from django.contrib.auth.decorators import permission_required
from django.http import JsonResponse

from goldbeater.exports.models import ExportShipment


class ShipmentFinder:
    table = ExportShipment._meta.db_table

    def __init__(self, destination: str, year: int):
        self.destination = destination
        self.year = year

    def sql(self) -> str:
        return (
            "SELECT id, reference, destination, licence_number, gross_weight_g "
            "FROM {table} WHERE destination = '{dest}' "
            "AND EXTRACT(YEAR FROM shipped_on) = %s ORDER BY shipped_on DESC"
        ).format(table=self.table, dest=self.destination)

    def results(self):
        return ExportShipment.objects.raw(self.sql(), [self.year])


@permission_required("exports.view_exportshipment")
def shipments_by_destination(request):
    finder = ShipmentFinder(
        destination=request.GET.get("country", "").upper(),
        year=int(request.GET.get("year", "2024")),
    )
    data = [
        {
            "reference": s.reference,
            "destination": s.destination,
            "licence": s.licence_number,
            "gross_weight_g": str(s.gross_weight_g),
        }
        for s in finder.results()
    ]
    return JsonResponse({"shipments": data})
