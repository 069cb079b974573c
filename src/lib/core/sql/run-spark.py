"""Run Strata's Spark SQL on a transactions CSV with a local Spark; print one JSON row per line.

Usage: python3 run-spark.py transactions.csv statement.sql
Used by spark.test.ts (`npm run test:spark`); needs pyspark and a JDK.
"""
import json
import sys

from pyspark.sql import SparkSession

COLUMNS = [
    "customer_id", "first_purchase_date", "last_purchase_date", "recency_days", "frequency",
    "monetary", "r_score", "f_score", "m_score", "fm_score", "segment", "tier", "lifecycle_stage",
]

csv_path, sql_path = sys.argv[1], sys.argv[2]
spark = SparkSession.builder.master("local[1]").appName("strata-sql").getOrCreate()
spark.sparkContext.setLogLevel("ERROR")
(
    spark.read.option("header", True)
    .schema("customer_id STRING, order_id STRING, order_date DATE, amount DECIMAL(18, 6)")
    .csv(csv_path)
    .createOrReplaceTempView("transactions")
)
with open(sql_path, encoding="utf-8") as f:
    statement = f.read()
casts = ", ".join(f"CAST({c} AS STRING) AS {c}" for c in COLUMNS)
for row in spark.sql(f"SELECT {casts} FROM (\n{statement}\n) scored").collect():
    print(json.dumps(row.asDict()))
spark.stop()
