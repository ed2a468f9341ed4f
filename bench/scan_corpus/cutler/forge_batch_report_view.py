"""Workshop view listing forge batches for one steel grade, with hardness results."""
from django.contrib.auth.decorators import login_required, permission_required
from django.db import models
from django.shortcuts import render


class ForgeBatch(models.Model):
    batch_no = models.CharField(max_length=20, unique=True)
    steel_grade = models.CharField(max_length=40)
    smith = models.CharField(max_length=80)
    forged_on = models.DateField()
    quench_medium = models.CharField(max_length=20)
    blade_count = models.PositiveIntegerField()

    class Meta:
        app_label = "forge"
        db_table = "forge_batch"


BATCH_SQL = """
    SELECT b.id, b.batch_no, b.steel_grade, b.smith, b.forged_on, b.blade_count,
           AVG(h.rockwell_c) AS avg_hrc, MIN(h.rockwell_c) AS min_hrc
      FROM forge_batch b
      LEFT JOIN forge_hardness_test h ON h.batch_id = b.id
     WHERE b.steel_grade = '%s'
     GROUP BY b.id
     ORDER BY b.forged_on DESC
"""


def batches_for_grade(grade: str):
    return list(ForgeBatch.objects.raw(BATCH_SQL % grade))


def summarise(batches) -> dict:
    tested = [b for b in batches if b.avg_hrc is not None]
    return {
        "batches": len(batches),
        "blades": sum(b.blade_count for b in batches),
        "avg_hrc": round(sum(b.avg_hrc for b in tested) / len(tested), 1) if tested else None,
    }


@login_required
@permission_required("forge.view_forgebatch")
def grade_report(request):
    grade = request.GET.get("grade", "1095")
    batches = batches_for_grade(grade)
    return render(
        request,
        "forge/grade_report.html",
        {"grade": grade, "batches": batches, "summary": summarise(batches)},
    )
