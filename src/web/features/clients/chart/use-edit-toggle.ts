import { useEffect, useRef, useState } from 'react';

/**
 * An "Edit" button that opens a form in its place. Focus goes to the form's first field on opening, and
 * back to the button on closing, so a keyboard user stays where they were.
 */
export function useEditToggle() {
  const [editing, setEditing] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const formRef = useRef<HTMLDivElement>(null);
  const moved = useRef(false);
  useEffect(() => {
    if (!moved.current) return;
    if (editing) formRef.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
    else buttonRef.current?.focus();
  }, [editing]);
  const toggle = (open: boolean) => {
    moved.current = true;
    setEditing(open);
  };
  return { editing, open: () => toggle(true), close: () => toggle(false), buttonRef, formRef };
}
