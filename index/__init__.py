"""Turn official documents into a stored, structured index (metadata, heading tree, chunks,
lexical index and vectors)."""
