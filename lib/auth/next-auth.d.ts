import 'next-auth';
import 'next-auth/jwt';

declare module 'next-auth' {
  interface Session {
    user: { id: string; email: string; name: string };
    epoch: number;
  }
  interface User {
    id: string;
    email: string;
    name: string;
    epoch: number;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    uid?: string;
    epoch?: number;
  }
}
