"""Instruction-like text in a document: "忽略之前的指令", "ignore previous instructions",
"你现在是…", "回答：…". A policy document has no reason to address an AI model, so a chunk holding
such text is flagged at indexing and kept out of every answer and every LLM prompt."""

from __future__ import annotations

import re
import unicodedata

_PATTERNS = [
    # 忽略/无视/忘记 之前的/以上/所有 指令/规则/提示
    r"(忽略|无视|忘记|忘掉|不要理会|不用理会|跳过|覆盖)(掉)?(你)?(之前|以上|上面|上述|前面|先前|此前|以前|原有|原来|所有|全部|一切|系统)"
    r"(的)?(所有|全部|一切)?(的)?(指令|指示|规则|提示词?|要求|设定|约束|命令|说明)",
    r"(你|您)(现在|从现在起|从现在开始|接下来)(是|扮演|作为|充当|的身份是)",
    r"(请你?|你要|你需要)(扮演|假装)|假装你是|假设你是",
    r"你的(新)?(任务|角色|指令|身份)(是|为|变为|改为)",
    r"(系统|system)\s*(提示词?|prompt|指令|消息)",
    r"(^|[\n。；;，,!！?？\s])(请|你要|你必须|必须)?(只|直接|一律)?(回答|回复|输出)(为|是)?\s*[:：]",
    r"(请|你)(必须|务必|只能)?(直接)?(回答|回复|输出)(用户)?[“\"]",
    r"ignore\s+(all\s+|any\s+)?(the\s+|your\s+)?(previous|prior|above|earlier|preceding|former)\s+"
    r"(instructions?|rules|prompts?|directions|messages)",
    r"disregard\s+(all\s+|any\s+)?(the\s+|your\s+)?(previous|prior|above|earlier)",
    r"forget\s+(all\s+|everything\s+)?(the\s+|your\s+)?(previous|prior|above|earlier)",
    r"\byou\s+are\s+now\b",
    r"\bact\s+as\s+(an?\s+)?(ai|assistant|model|chatbot)",
    r"\bsystem\s+prompt\b",
    r"(^|\n)\s*(system|assistant)\s*:",
    r"\bnew\s+instructions?\s*:",
    r"</?\s*documents\s*>|<\|im_(start|end)\|>|\[/?inst\]|<<\s*sys\s*>>",
]
_INSTRUCTION = re.compile("|".join(f"(?:{p})" for p in _PATTERNS), re.IGNORECASE)


def instruction_like(text: str) -> bool:
    """Whether the text addresses a language model with instructions."""
    return bool(_INSTRUCTION.search(unicodedata.normalize("NFKC", text)))

