"""Reading input files and writing outputs (TMX, TSV, JSONL)."""
