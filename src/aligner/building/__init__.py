"""Building translation memories: the in-memory memory and the many-document build."""
