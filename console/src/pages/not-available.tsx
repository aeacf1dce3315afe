/** Pages whose API is not in Saldo yet keep their place and their address, and say so. */
import { BASE, Link } from '../router.tsx';

export function NotAvailablePage({ title, needs }: { title: string; needs: string }) {
  return (
    <section aria-labelledby="not-available-title">
      <h1 id="not-available-title">{title}</h1>
      <p class="notice">Not available yet: this page arrives with {needs}.</p>
    </section>
  );
}

export function NotFoundPage() {
  return (
    <section aria-labelledby="not-found-title">
      <h1 id="not-found-title">Nothing here</h1>
      <p>
        There is no page at this address. <Link href={`${BASE}/customers`}>Find a customer</Link>.
      </p>
    </section>
  );
}
