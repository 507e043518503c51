interface Props {
  /** A message for the whole form, or null for none. */
  message: string | null | undefined;
}

/** The error at the top of a form; announced when it appears. */
export function FormError({ message }: Props) {
  if (!message) return null;
  return (
    <p className="alert" role="alert">
      {message}
    </p>
  );
}
