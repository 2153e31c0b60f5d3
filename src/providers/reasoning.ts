// Where OpenAI-compatible servers put a reasoning model's thinking beside the answer: vLLM and DeepSeek
// send `reasoning_content`, others `reasoning`. It is text the model wrote from what it was sent, so the
// gateway restores it like the answer, and de-identifies it when a client sends it back.
export const REASONING_FIELDS = ['reasoning_content', 'reasoning'] as const;
